"""The site's search backend: Wagtail's database backend, reading text the site's way (search/text.py).

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}`. Like Wagtail's own
`wagtail.search.backends.database`, it picks the implementation for the default database: PostgreSQL or
SQLite with FTS5; any other database gets Wagtail's plain fallback, without normalisation.
"""

import functools

from django.db import connection


@functools.cache
def sqlite_fts_ready():
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    if connection.vendor == "postgresql":
        from .postgres import SiteSearchBackend

        return SiteSearchBackend(params)
    if connection.vendor == "sqlite" and sqlite_fts_ready():
        from .sqlite import SiteSearchBackend

        return SiteSearchBackend(params)
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    return DatabaseSearchBackend(params)
