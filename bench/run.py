"""Time the search page and its autocomplete as a visitor gets them: whole requests, in-process.

Each query is asked a few times to warm up, then `repeat` times; the report gives, per family of queries,
the median (p50) and the 95th percentile (p95) of the response times, and the SQL queries per request.
"""

import statistics
import time
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from members.models import MemberPage
from news.models import NewsPage

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


def _time(client, url, repeat):
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
    return samples, len(captured)


def run(repeat=15, out=print):
    client = Client()
    member = MemberPage.objects.filter(locale__language_code="ar", live=True).order_by("pk").first()
    families = list(SEARCHES)
    if member:
        families.append(("search, one kind and one member (ar)", "ar", [("المواطنين", member.slug)]))
    rows = []
    for name, language, queries in families + SUGGESTIONS:
        samples, query_counts = [], []
        for query in queries:
            if isinstance(query, tuple):
                params = {"q": query[0], "kind": "bulletin", "member": query[1]}
            else:
                params = {"q": query}
            path = "suggest/" if name.startswith("autocomplete") else ""
            url = f"/{language}/search/{path}?{urlencode(params)}"
            timed, queries_made = _time(client, url, repeat)
            samples += timed
            query_counts.append(queries_made)
        rows.append((name, statistics.median(samples), percentile(samples, 0.95), max(query_counts)))
        out(f"  {name}: p50 {rows[-1][1]:.1f} ms, p95 {rows[-1][2]:.1f} ms")
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
        "| request | p50 | p95 | SQL queries |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, p50, p95, queries in rows:
        lines.append(f"| {name} | {p50:.1f} ms | {p95:.1f} ms | {queries} |")
    return "\n".join(lines)
