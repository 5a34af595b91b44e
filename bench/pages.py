"""Time the public pages at scale: p50/p95 per page, in-process (render time) and optionally through gunicorn.

Each page is asked a few times to warm up (caches, renditions), then `repeat` times; then a few times more, each
just after a publication (what the first visitor after an officer publishes waits). In-process requests go
through Django's test client, middleware and all; `--http URL` asks a running server (gunicorn) over loopback.
PAGES lists what is timed: add a line to time another page (the sitemap index's sections, say).
"""

import statistics
import urllib.request

from django.db import connection
from django.test import Client

from wagtail.models import Page

from bench.run import percentile, time_after_changes, time_requests, timed


def _targets():
    """What the pages are: the Arabic news index, a member with many bulletins, a bulletin, an event…"""
    from core.models import NewsCategory, Region
    from events.models import EventPage
    from members.models import MemberPage
    from news.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.live().get(locale__language_code="ar")
    member = (
        MemberPage.objects.live()
        .filter(locale__language_code="ar", region__isnull=False)
        .order_by("-numchild", "pk")
        .first()
    )
    bulletin = NewsPage.objects.live().filter(member=member).order_by("-date").first()
    event = EventPage.objects.live().filter(locale__language_code="ar").order_by("-start").first()
    category = NewsCategory.objects.filter(locale_id=news.locale_id).order_by("sort_order").first()
    region = Region.objects.get(pk=member.region_id)
    year = bulletin.date.year - 3
    return {
        "news": news.url,
        "member": member,
        "bulletin": bulletin.url,
        "event": event.url if event else None,
        "category": category.slug if category else None,
        "region": region.slug,
        "year": year,
    }


# (name, how to build its address from the targets). Extend here.
PAGES = [
    ("home", lambda t: "/ar/"),
    ("news index, page 1", lambda t: t["news"]),
    ("news index, deepest page", lambda t: t["news"] + "?page=last"),
    ("news by member", lambda t: f"{t['news']}?member={t['member'].slug}"),
    ("news by region", lambda t: f"{t['news']}?region={t['region']}"),
    ("news by category", lambda t: f"{t['news']}?category={t['category']}" if t["category"] else None),
    ("news by year", lambda t: f"{t['news']}?year={t['year']}"),
    ("news by year, page 20", lambda t: f"{t['news']}?year={t['year']}&page=20"),
    ("member page", lambda t: t["member"].url),
    ("bulletin", lambda t: t["bulletin"]),
    ("event", lambda t: t["event"]),
    ("news feed (RSS)", lambda t: t["news"] + "feed/"),
    ("member feed", lambda t: t["member"].url + "feed/"),
    ("sitemap index", lambda t: "/sitemap.xml"),
    ("sitemap file, first", lambda t: "/sitemap-pages.xml"),
    ("sitemap file, last", lambda t: "/sitemap-pages.xml?p=last"),
    ("API, pages listing", lambda t: "/api/v2/pages/?type=news.NewsPage&limit=20"),
]


def _last_page(client, url):
    """?page=last: the deepest page a listing offers (it is bounded to LISTING_MAX_PAGES pages)."""
    from django.conf import settings

    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.live().get(locale__language_code="ar")
    pages = -(-min(index.listing_items().count(), settings.LISTING_MAX_PAGES * 12) // 12)
    return url.replace("page=last", f"page={max(pages, 1)}")


def _last_sitemap_file(url):
    """?p=last: the sitemap's last file of pages."""
    from wagtail.models import Site

    from opendata.sitemaps import sections

    section = sections(Site.objects.get(is_default_site=True))["pages"]
    return url.replace("p=last", f"p={section.paginator.num_pages}")


def _time_http(base, url, repeat):
    def ask():
        request = urllib.request.Request(base + url, headers={"Host": "localhost"})  # noqa: S310 (a URL we were given)
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()

    return timed(ask, repeat)


def run(repeat=20, http=None, skip=(), out=print):
    client = Client()
    targets = _targets()
    rows = []
    for name, build in PAGES:
        url = build(targets)
        if url is None or any(word in name for word in skip):
            continue
        if "page=last" in url:
            url = _last_page(client, url)
        if "?p=last" in url:
            url = _last_sitemap_file(url)
        samples, queries = time_requests(client, url, repeat)
        row = {"name": name, "url": url, "p50": statistics.median(samples), "p95": percentile(samples, 0.95)}
        row["queries"] = len(queries)
        # What the database itself took for one request: the rest is Python (routing, templates).
        row["sql_ms"] = sum(float(q["time"]) for q in queries) * 1000
        row["changed_p50"] = statistics.median(time_after_changes(client, url, max(3, repeat // 3)))
        if http:
            remote = _time_http(http, url, repeat)
            row["http_p50"], row["http_p95"] = statistics.median(remote), percentile(remote, 0.95)
        rows.append(row)
        timing = f"p50 {row['p50']:.1f} ms, p95 {row['p95']:.1f} ms, after a publication {row['changed_p50']:.1f} ms"
        out(f"  {name}: {timing}, {row['queries']} queries, SQL {row['sql_ms']:.1f} ms  ({url})")
    return rows


def report(rows, http=False):
    from events.models import EventPage
    from news.models import NewsPage

    with open("/proc/loadavg") as f:  # noqa: PTH123
        load = f.read().split()[:3]
    lines = [
        f"{NewsPage.objects.count():,} bulletins, {EventPage.objects.count():,} events, {Page.objects.count():,} pages,"
        f" {connection.vendor}; load average at the end {' '.join(load)}",
        "",
        "| page | p50 | p95 | SQL queries | of which SQL | p50 after a publication |"
        + (" over HTTP p50 | over HTTP p95 |" if http else ""),
        "| --- | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if http else ""),
    ]
    for row in rows:
        line = f"| {row['name']} | {row['p50']:.1f} ms | {row['p95']:.1f} ms | {row['queries']} |"
        line += f" {row['sql_ms']:.1f} ms | {row['changed_p50']:.1f} ms |"
        if http:
            line += f" {row['http_p50']:.1f} ms | {row['http_p95']:.1f} ms |"
        lines.append(line)
    return "\n".join(lines)
