"""Wagtail's SQLite (FTS5) search backend, indexing and querying the terms of search/text.py.

The same normaliser and stemming as on PostgreSQL, so what matches there matches here; ranking is FTS5's BM25
with the title column weighted above the body (summaries are indexed with the title).
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk

from django.db.models import FloatField, Func

from .common import IndexedText, read_query

# bm25() weights, in the FTS table's column order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 10.0)


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(weight) for weight in BM25_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class SiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        data = {}
        for obj in objs:
            indexed = IndexedText.of(obj)
            data[str(obj.pk)] = {
                "title": " ".join(filter(None, [indexed.terms("title"), indexed.terms("summary")])),
                "autocomplete": indexed.autocomplete_terms(),
                "body": indexed.terms("body"),
            }
        if not data:
            return
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = set(entries.filter(object_id__in=data).values_list("object_id", flat=True))
        for object_id in existing:
            entries.filter(object_id=object_id).update(**data[object_id])
        self.entries.bulk_create(
            [
                self.entries.model(content_type_id=content_type_pk, object_id=object_id, **values)
                for object_id, values in data.items()
                if object_id not in existing
            ]
        )

    def _refresh_title_norms(self, full=False):
        # Ranking weights the title column instead (WeightedBM25).
        return


class SiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = read_query(self.query)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class SiteAutocompleteQueryCompiler(SQLiteAutocompleteQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = read_query(self.query, autocomplete=True)


class SiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = SiteSearchQueryCompiler
    autocomplete_query_compiler_class = SiteAutocompleteQueryCompiler
    index_class = SiteIndex
