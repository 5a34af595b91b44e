"""PostgreSQL only: every term of an entry in `body`, so that a search matches one column, not `title || body`.

The backend now writes the title's and the summary's terms into `body` too (search/backends/postgres.py): a
match is answered by Wagtail's own GIN index on `body`, and checking an entry read while walking the newest
first no longer builds `title || body` for it (twice the time). The entries already written are given their
title's terms here (positions and weights dropped, as `body` keeps none); the index on `title || body`, which
nothing reads any more, is dropped. Going back leaves the bodies as they are (they match the same pages) and
builds that index again.
"""

from django.db import migrations

OLD_INDEX = ("search_indexentry_title_body_gin", "wagtailsearch_indexentry USING gin ((title || body))")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("UPDATE wagtailsearch_indexentry SET body = strip(title || body)")
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX[0]}")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX[0]} ON {OLD_INDEX[1]}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_entry_order_index")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
