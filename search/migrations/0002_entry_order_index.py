"""PostgreSQL only: indexes on the index entries' object keys, for searches that read the newest matches first.

Searches and suggestions read the newest matches first (search/backends/postgres.py, `newest_first`): with the
first index PostgreSQL walks the entries themselves in their objects' order, checking each one's terms in its
own row, and joins a page only to the entries that match (`lpad` orders the keys as numbers while never failing
on a key that is not one). The second finds a page's entry in one lookup: Wagtail's unique index starts with
the content type, which a query on pages names as a list of every page type, one lookup each.
"""

from django.db import migrations

INDEXES = [
    ("search_indexentry_newest_first", "wagtailsearch_indexentry ((lpad(object_id, 20, '0')) DESC)"),
    ("search_indexentry_object_id", "wagtailsearch_indexentry (object_id)"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _definition in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
