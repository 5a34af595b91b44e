"""What the PostgreSQL and SQLite backends share: what an object gives the index, and how a query is read."""

from contextlib import contextmanager
from dataclasses import dataclass

from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Manager
from django.utils.encoding import force_str

from search import text


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


def _field_values(obj, field):
    """(field, text) for a search field of `obj`, following RelatedFields into the related objects."""
    if isinstance(field, (SearchField, AutocompleteField)):
        yield field, _as_text(field.get_value(obj))
    elif isinstance(field, RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        if isinstance(related, Manager):
            related = related.all()
        elif callable(related):
            related = [related()]
        else:
            related = [related]
        for item in related:
            for sub_field in field.fields:
                yield from _field_values(item, sub_field)


@dataclass
class IndexedText:
    """The text of an object, by tier: its title, its summary (boosted search fields), the rest, and what completes.

    Ranking follows the tiers: a match in the title first, then the summary, then the body.
    """

    title: str
    summary: str
    body: str
    autocomplete: str

    @classmethod
    def of(cls, obj, related=True):
        """The text of `obj`; without `related`, its own fields only (no query: a snippet's source)."""
        tiers = {"title": [], "summary": [], "body": [], "autocomplete": []}
        for field in obj.get_search_fields():
            if not related and isinstance(field, RelatedFields):
                continue
            for current, value in _field_values(obj, field):
                value = value.strip()
                if isinstance(current, AutocompleteField):
                    tier = "autocomplete"
                elif current.field_name == "title" and current is field:
                    tier = "title"
                elif current.boost is not None and current is field:
                    tier = "summary"
                else:
                    tier = "body"
                # A summary is often given again as the search description: once is enough.
                if value and value not in tiers[tier]:
                    tiers[tier].append(value)
        return cls(**{tier: "\n".join(values) for tier, values in tiers.items()})

    def terms(self, tier):
        return " ".join(text.index_terms(getattr(self, tier)))

    def autocomplete_terms(self):
        return " ".join(text.autocomplete_terms(self.autocomplete))


def read_query(query, autocomplete=False):
    """`query` with every piece of typed text read as the index reads it (search/text.py).

    A word becomes the stems it may stand for (any of them matches); the words are all required, or any of
    them with operator "or". Autocomplete takes words as typed (normalised), each completed as a prefix.
    Nothing left to search for (punctuation, stop words, diacritics alone) reads as "match nothing".
    """
    read = _read(query, autocomplete)
    return Not(MatchAll()) if read is None else read


def _read(query, autocomplete):
    if isinstance(query, (PlainText, Phrase)):
        operator = getattr(query, "operator", "and")
        if autocomplete:
            groups = [
                (word, *([bare] if (bare := text.without_article(word)) else []))
                for word in text.words(query.query_string)
            ]
        else:
            groups = text.query_alternatives(query.query_string)
        if not groups:
            return None
        parts = [
            PlainText(group[0]) if len(group) == 1 else Or([PlainText(term) for term in group]) for group in groups
        ]
        if len(parts) == 1:
            return parts[0]
        return Or(parts) if operator == "or" else And(parts)
    if isinstance(query, (And, Or)):
        parts = [part for part in (_read(sub, autocomplete) for sub in query.subqueries) if part is not None]
        if not parts:
            return None
        return type(query)(parts)
    if isinstance(query, Not):
        inner = _read(query.subquery, autocomplete)
        return None if inner is None else Not(inner)
    if isinstance(query, Boost):
        inner = _read(query.subquery, autocomplete)
        return None if inner is None else Boost(inner, query.boost)
    return query


# What a search's transaction sets (SET LOCAL), with `custom_plans`.
PLANNED_PER_SEARCH = {"plan_cache_mode": "force_custom_plan", "max_parallel_workers_per_gather": "0"}
# What a search that reads a bounded number of matches sets too (see `without_hash_joins`).
BOUNDED = {"enable_hashjoin": "off"}


def _read_settings(cursor, names):
    cursor.execute("SELECT " + ", ".join(["current_setting(%s)"] * len(names)), list(names))
    return dict(zip(names, cursor.fetchone(), strict=True))


def _write_settings(cursor, values, read=False):
    """SET LOCAL every one of `values`, in one statement; with `read`, return what they were before it."""
    reads = ["current_setting(%s)"] * len(values) if read else []
    cursor.execute(
        "SELECT " + ", ".join(reads + ["set_config(%s, %s, true)"] * len(values)),
        (list(values) if read else []) + [item for pair in values.items() for item in pair],
    )
    if read:
        return dict(zip(values, cursor.fetchone()[: len(values)], strict=True))
    return None


@contextmanager
def custom_plans(using=DEFAULT_DB_ALIAS, bounded=False):
    """Run a search's queries with plans made for the words searched (PostgreSQL; nothing elsewhere).

    With prepared statements (settings: DB_PREPARED_STATEMENTS), PostgreSQL may keep one plan for every value
    of a query's parameters; a search's cost depends on how many pages hold its words (walk the newest entries
    for a common word, look a rare one up in the GIN index), so it is planned for each search. Parallel workers
    cost more to start than these index walks take; on a busy server more so.

    `bounded`: every search made within reads a bounded number of matches, ranked among its candidates or the
    first few suggestions (the search page, the suggestions while typing): the whole transaction joins without
    hashing (`without_hash_joins`), set once for all of them.
    """
    connection = connections[using]
    if connection.vendor != "postgresql" or getattr(connection, "_search_custom_plans", False):
        yield
        return
    values = PLANNED_PER_SEARCH | (BOUNDED if bounded else {})
    # SET LOCAL ends with the transaction: inside a caller's, the settings are put back when the search ends.
    outer = connection.in_atomic_block
    if outer:
        with connection.cursor() as cursor:
            before = _read_settings(cursor, values)
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            _write_settings(cursor, values)
        connection._search_custom_plans = True
        connection._search_bounded = bounded
        try:
            yield
        finally:
            connection._search_custom_plans = connection._search_bounded = False
    if outer:
        with connection.cursor() as cursor:
            _write_settings(cursor, before)


@contextmanager
def without_hash_joins(using=DEFAULT_DB_ALIAS):
    """Within a search's transaction (`custom_plans`), join its matches to their pages one key at a time.

    A search's candidates are at most a few thousand entries, each joined to its page by key. PostgreSQL's
    estimate for two words that go together («الإنارة العمومية») is a third of the truth, and a hash join
    that reads the whole page table looks cheaper to it: 70 ms instead of 35 at 100,000 bulletins. Only
    around the queries bounded by their candidates: an unranked search over every match may need it. Within
    `custom_plans(bounded=True)` it is already so: nothing to ask.
    """
    connection = connections[using]
    if connection.vendor != "postgresql" or getattr(connection, "_search_bounded", False):
        yield
        return
    with connection.cursor() as cursor:
        before = _write_settings(cursor, BOUNDED, read=True)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            _write_settings(cursor, before)
