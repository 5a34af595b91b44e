"""Wagtail's PostgreSQL search backend, indexing and querying the terms of search/text.py.

The index is Wagtail's own table (`wagtailsearch_indexentry`), filled differently:

- `title` holds the title's terms (weight A) and the summary's (weight B): it is small, stays in the row, and
  ranking reads it alone, so a match in the title comes first, then the summary, then the body;
- `body` holds every term of the page, the title's and summary's again with the rest, without their positions
  (nothing reads them), so it is small enough to stay in the row; a page matches when `body` does, which
  Wagtail's GIN index on it answers without reading the table, and checking an entry met while walking the
  newest first reads one value (matching `title || body` built a new vector for each: twice the time);
- `autocomplete` holds the title's words as typed (normalised), with and without their article.

Everything is in the `simple` configuration: the terms are already normalised and stemmed in Python.
"""

import math

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_content_type_pk

from django.contrib.postgres.search import SearchRank
from django.db.models import CharField, F, FloatField, Func, Value
from django.db.models.sql.where import WhereNode

from .common import IndexedText, custom_plans, read_query, without_hash_joins

CONFIG = "simple"
# ts_rank's weights are in the order D, C, B, A: one rank for the title (A), one for the summary (B).
TITLE_WEIGHTS = [0.0, 0.0, 0.0, 1.0]
SUMMARY_WEIGHTS = [0.0, 0.0, 1.0, 0.0]
# The summary's rank counts for less than the title's; the body's is never read (a body match ranks 0).
SUMMARY_SHARE = 0.3
# How many of the newest matches are ranked (see SiteSearchQueryCompiler.candidates).
CANDIDATES = 200


def newest_first(entry="index_entries__"):
    """Newest entries first: their object's key, as the index on it (search/migrations/0002) orders it.

    Walking that index, PostgreSQL reads each entry once, in order, checks its terms in the same row and joins
    the page only for the entries that match; ordered by the page's key, it joined an entry to every page it
    walked past (79 ms to suggest 8 titles for «الج» at 100,000 bulletins, 4 ms this way).
    """
    return Func(F(f"{entry}object_id"), template="lpad(%(expressions)s, 20, '0')", output_field=CharField())


def within_subtree(where, negated=False):
    """Whether a page query keeps only a subtree (Wagtail's `descendant_of`: a path that starts with…).

    The private sections that `public()` leaves out are such conditions too, negated: they do not count.
    """
    for child in where.children:
        if isinstance(child, WhereNode):
            if within_subtree(child, negated != child.negated):
                return True
        elif not negated and getattr(child, "lookup_name", "") == "startswith":
            field = getattr(getattr(child, "lhs", None), "target", None)
            if getattr(field, "name", "") == "path":
                return True
    return False


def title_norm(title_terms):
    """Shorter titles first among equal matches: «جماعة بني أنصار» before «مكتب المواطن بجماعة بني أنصار»."""
    return 1 / (1 + math.log(max(1, len(title_terms.split()))))


class SiteIndex(PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        texts = [(str(obj.pk), IndexedText.of(obj)) for obj in objs]
        if not texts:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for object_id, indexed in texts:
            rows.append(
                "(%s, %s, setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B'), "
                "to_tsvector('simple', %s), strip(to_tsvector('simple', %s)), %s, %s, '')"
            )
            params += [
                content_type_pk,
                object_id,
                indexed.terms("title"),
                indexed.terms("summary"),
                indexed.autocomplete_terms(),
                " ".join(indexed.terms(tier) for tier in ("title", "summary", "body")),
                title_norm(indexed.terms("title")),
                indexed.title,
            ]
        table = self.entries.model._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} "  # noqa: S608 (the table name is the model's, every value is a parameter)
                "(content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text) "
                f"VALUES {', '.join(rows)} "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, title_norm = EXCLUDED.title_norm, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )

    def _refresh_title_norms(self, full=False):
        # Wagtail sets the norm from the average title length, reading the whole table on every publish;
        # here each entry's norm depends on its own title only and is written with it (`title_norm`).
        return


class SiteSearchQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not isinstance(self.query, Fuzzy):
            self.query = read_query(self.query)

    def get_config(self, backend):
        return CONFIG

    def search(self, config, start, stop, score_field=None, backend=None):
        query = self.query
        if (
            self.fields is not None
            or isinstance(query, (MatchAll, Fuzzy))
            or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        tsquery = self.build_tsquery(query, config=config)
        # Every term is in `body` (SiteIndex.add_items).
        matched = F("index_entries__body")
        # Wagtail joins an entry by any of the model's content types; saying which one makes it one index lookup.
        queryset = self.queryset.annotate(_vector_=matched, _entry_type_=F("index_entries__content_type_id"))
        queryset = queryset.filter(_vector_=tsquery, _entry_type_=self.own_type())
        if self.order_by_relevance:
            queryset = self.queryset.filter(pk__in=self.candidates(queryset, tsquery))
            queryset = queryset.annotate(_entry_type_=F("index_entries__content_type_id")).filter(
                _entry_type_=self.own_type()
            )
        title = F("index_entries__title")
        rank = SearchRank(title, tsquery, weights=TITLE_WEIGHTS) * F("index_entries__title_norm") + (
            SearchRank(title, tsquery, weights=SUMMARY_WEIGHTS) * SUMMARY_SHARE
        )
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def own_type(self):
        """The content type an object's own index entry is filed under.

        A page names its specific type in its `content_type` column; an image or a document has one type only.
        """
        model = self.queryset.model
        if any(field.name == "content_type" for field in model._meta.concrete_fields):
            return F("content_type_id")
        return Value(get_content_type_pk(model))

    def candidates(self, matches, tsquery):
        """The matches worth ranking: the newest CANDIDATES, and the newest CANDIDATES matching in their title.

        A word in half the bulletins matches 50,000 of them at 100,000; ranking them all would read them all.
        The newest matches, and the newest that carry the words in their title or summary (a member's own
        page, a communiqué about exactly that), are few, and PostgreSQL finds them by walking the index
        entries' keys backwards and stopping (`newest_first`), or from the GIN index when they are rare. Within
        one member's space (a subtree), it walks that member's pages instead, newest first: walking every
        entry would join most of them to a page of another member. Fewer than CANDIDATES matches: every one of
        them is ranked.
        """
        if getattr(self, "_candidates", None) is None:
            order = F("pk").desc() if within_subtree(self.queryset.query.where) else newest_first().desc()
            newest = matches.order_by(order).values_list("pk", flat=True)[:CANDIDATES]
            # A match in the title implies one in `body`: asking both would make PostgreSQL
            # think such pages rare, and read them all through the GIN indexes.
            titled = self.queryset.annotate(
                _title_=F("index_entries__title"), _entry_type_=F("index_entries__content_type_id")
            ).filter(_title_=tsquery, _entry_type_=self.own_type())
            titled = titled.order_by(order).values_list("pk", flat=True)[:CANDIDATES]
            with custom_plans(self.queryset.db), without_hash_joins(self.queryset.db):
                self._candidates = list(newest.union(titled))
        return self._candidates


class SiteAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = read_query(self.query, autocomplete=True)

    def get_config(self, backend):
        return CONFIG

    def search(self, config, start, stop, score_field=None, backend=None):
        query = self.query
        if (
            self.fields is not None
            or isinstance(query, MatchAll)
            or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        tsquery = self.build_tsquery(query, config=config)
        queryset = self.queryset.filter(index_entries__autocomplete=tsquery)
        # Every match is a match in a title: the newest first, walking the entries' keys (`newest_first`).
        if self.order_by_relevance or not queryset.query.order_by:
            queryset = queryset.order_by(newest_first().desc())
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: Value(1.0, output_field=FloatField())})
        return queryset[start:stop]


class SiteSearchResults(PostgresSearchResults):
    def _do_search(self):
        with custom_plans(self.query_compiler.queryset.db):
            return super()._do_search()

    def _do_count(self):
        with custom_plans(self.query_compiler.queryset.db):
            self.get_queryset()  # a ranked search finds its candidates here
            ranked = getattr(self.query_compiler, "_candidates", None)
            if ranked is None:
                return super()._do_count()
        # Ranked among candidates: the results are exactly the candidates (read with the results' own filters,
        # SiteSearchQueryCompiler.candidates), so they are counted without asking again.
        stop = len(ranked) if self.stop is None else min(len(ranked), self.stop)
        return max(0, stop - self.start)


class SiteSearchBackend(PostgresSearchBackend):
    #: Above this many matches, the newest are the ones ranked (the search page says so).
    rank_candidates = CANDIDATES
    query_compiler_class = SiteSearchQueryCompiler
    autocomplete_query_compiler_class = SiteAutocompleteQueryCompiler
    index_class = SiteIndex
    results_class = SiteSearchResults

    def __init__(self, params):
        super().__init__(params)
        self.config = CONFIG
        self.autocomplete_config = CONFIG
