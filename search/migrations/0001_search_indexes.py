"""PostgreSQL only: the indexes full-text search needs at scale. Nothing to do on SQLite (FTS5 has its own)."""

from django.db import migrations

INDEXES = [
    # Wagtail matches `title || body`; an index on each column alone is never used for it (Wagtail issue 6546).
    ("search_indexentry_title_body_gin", "wagtailsearch_indexentry USING gin ((title || body))"),
    # Wagtail joins an index entry to its page on `object_id = page.id::varchar(50)`: with this index the few
    # pages a rare word matches are found by key, instead of reading the whole page table to join them.
    ("search_page_id_text", "wagtailcore_page (((id)::varchar(50)))"),
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
    dependencies = [("wagtailsearch", "0010_add_text_fields"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
