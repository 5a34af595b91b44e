"""Time search and autocomplete: what the search backend answers, and the whole page as a visitor gets it.

"search" is what the view asks of Wagtail's search backend (the number of results and the first ten, or
eight suggestions); "whole page" is the request in-process, with the site's header, navigation and footer.
Each query is asked a few times to warm up, then `repeat` times; the report gives, per family of queries,
the median (p50) and the 95th percentile (p95), and the SQL queries of one page.
"""

import statistics
import time
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

from members.models import MemberPage
from news.models import NewsPage
from search.backends.common import custom_plans

WARM_UP = 2

SEARCHES = [
    ("search, common word (ar)", "ar", ["الجماعة", "المجلس", "المواطنين", "المشروع"]),
    ("search, common word (fr)", "fr", ["commune", "conseil", "citoyens", "projet"]),
    ("search, two words (ar)", "ar", ["الإنارة العمومية", "الميزانية التشاركية", "بنى انصار", "مكتب المواطن"]),
    ("search, rare word (ar)", "ar", ["الزيتون", "تغزوت", "بوسكورة", "النسيم"]),
    ("search, rare word (fr)", "fr", ["Zitoune", "Taghzout", "Bouskoura", "Nassim"]),
    ("search, nothing found (ar)", "ar", ["الزرافة", "كوكب المريخ"]),
]
SUGGESTIONS = [
    ("autocomplete (ar)", "ar", ["الج", "الجما", "الإنا", "مكتب الم", "بني", "الميزا"]),
    ("autocomplete (fr)", "fr", ["com", "écla", "budg", "bureau du c", "Mekn"]),
]


def percentile(samples, share):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _time_backend(locale, query, autocomplete, repeat, member=None):
    """What the view asks of the search backend: the number of results and the first page (or 8 suggestions).

    With `member` (a slug), bulletins of that member only, as the search page's filters ask.
    """
    within = MemberPage.objects.get(locale=locale, slug=member) if member else None

    def ask():
        pages = Page.objects.live().public().filter(locale=locale)
        if within:
            pages = pages.type(NewsPage).descendant_of(within)
        # As the views do: the page's searches in one transaction, planned for the words searched.
        with custom_plans(bounded=True):
            if autocomplete:
                return list(pages.autocomplete(query)[:8])
            results = pages.search(query)
            return results.count(), list(results[:10])

    return timed(ask, repeat)


def timed(ask, repeat):
    """`repeat` timings of `ask()` in ms, after WARM_UP calls."""
    for _ in range(WARM_UP):
        ask()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        ask()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_requests(client, url, repeat):
    """`repeat` timings of `url` in ms after a warm-up, and the SQL queries one more request makes."""
    for _ in range(WARM_UP):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return samples, captured.captured_queries


def time_after_changes(client, url, repeat):
    """`repeat` timings of `url` in ms, each the first request after a publication: every cache kept under the
    content version (navigation, counts, filters, fragments, cards) is built again, as for the first visitor
    after an officer publishes."""
    from core.caching import content_changed

    samples = []
    for _ in range(repeat):
        content_changed()
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run(repeat=15, out=print):
    client = Client()
    member = MemberPage.objects.filter(locale__language_code="ar", live=True).order_by("pk").first()
    families = list(SEARCHES)
    if member:
        families.append(("search, one kind and one member (ar)", "ar", [("المواطنين", member.slug)]))
    rows = []
    for name, language, queries in families + SUGGESTIONS:
        samples, query_counts, backend = [], [], []
        locale = Locale.objects.get(language_code=language)
        for query in queries:
            if isinstance(query, tuple):
                backend += _time_backend(locale, query[0], False, repeat, member=query[1])
                params = {"q": query[0], "kind": "bulletin", "member": query[1]}
            else:
                backend += _time_backend(locale, query, name.startswith("autocomplete"), repeat)
                params = {"q": query}
            path = "suggest/" if name.startswith("autocomplete") else ""
            url = f"/{language}/search/{path}?{urlencode(params)}"
            timed, queries = time_requests(client, url, repeat)
            queries_made = len(queries)
            samples += timed
            query_counts.append(queries_made)
        rows.append(
            (
                name,
                statistics.median(backend),
                percentile(backend, 0.95),
                statistics.median(samples),
                percentile(samples, 0.95),
                max(query_counts),
            )
        )
        out(f"  {name}: search p50 {rows[-1][1]:.1f} ms, whole page p50 {rows[-1][3]:.1f} ms")
    return rows


def describe_database():
    return {
        "vendor": connection.vendor,
        "pages": Page.objects.count(),
        "bulletins": NewsPage.objects.count(),
        "bulletins (ar)": NewsPage.objects.filter(locale__language_code="ar").count(),
        "bulletins (fr)": NewsPage.objects.filter(locale__language_code="fr").count(),
    }


def report(rows, database):
    lines = [
        f"{database['bulletins']:,} bulletins ({database['bulletins (ar)']:,} in Arabic, "
        f"{database['bulletins (fr)']:,} in French), {database['pages']:,} pages, {database['vendor']}",
        "",
        "| request | search p50 | search p95 | whole page p50 | whole page p95 | SQL queries per page |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, p50, p95, page50, page95, queries in rows:
        lines.append(f"| {name} | {p50:.1f} ms | {p95:.1f} ms | {page50:.1f} ms | {page95:.1f} ms | {queries} |")
    return "\n".join(lines)
