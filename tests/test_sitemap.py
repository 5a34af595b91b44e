"""The site's address (SITE_URL, set_site_url), the sitemap index and its sections, robots.txt."""

import datetime
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from wagtail.models import Page, PageViewRestriction, Site

from opendata.sitemaps import PagesSitemap
from tests import factories
from tests.site import translate

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def section_urls(client):
    """Every sitemap file the index names, as paths on the site."""
    index = parse(client.get("/sitemap.xml"))
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    locations = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
    root = Site.objects.get(is_default_site=True).root_url
    assert locations and all(location.startswith(root + "/sitemap-") for location in locations)
    return [location.removeprefix(root) for location in locations]


def sitemap_entries(client):
    """{location: {hreflang: href}} of every <url> of every section, and their lastmods."""
    entries, lastmods = {}, {}
    for url in section_urls(client):
        for node in parse(client.get(url)).findall("sm:url", NS):
            location = node.find("sm:loc", NS).text
            assert location not in entries, f"{location} listed twice"
            entries[location] = {
                link.get("hreflang"): link.get("href") for link in node.findall("xhtml:link", NS)
            }  # fmt: skip
            lastmod = node.find("sm:lastmod", NS)
            lastmods[location] = lastmod.text if lastmod is not None else None
    return entries, lastmods


def public_pages():
    return [p for p in Page.objects.live().public().filter(depth__gt=1).select_related("locale")]


@pytest.mark.django_db
def test_the_sitemap_lists_every_live_page_in_both_languages_with_symmetric_alternates(client, demo):
    call_command("set_site_url", "https://rmcto.example.ma", stdout=io.StringIO())
    entries, lastmods = sitemap_entries(client)
    pages = public_pages()
    expected = {page.get_full_url(): page for page in pages}
    assert set(entries) == set(expected)
    assert {page.locale.language_code for page in pages} == {"ar", "fr"}
    assert all(location.startswith("https://rmcto.example.ma/") for location in entries)

    by_key = defaultdict(dict)
    for page in pages:
        by_key[page.translation_key][page.locale.language_code] = page.get_full_url()
    for location, alternates in entries.items():
        page = expected[location]
        versions = by_key[page.translation_key]
        assert {code: href for code, href in alternates.items() if code != "x-default"} == versions
        assert alternates["x-default"] == versions.get(settings.LANGUAGE_CODE)
        # Symmetric: every alternate lists the same set, this page included.
        for href in versions.values():
            assert entries[href] == alternates
        assert lastmods[location] == page.last_published_at.astimezone(factories.CASABLANCA).date().isoformat()


@pytest.mark.django_db
def test_drafts_and_private_pages_stay_out_of_the_sitemap(client, site_tree):
    live = factories.NewsPageFactory(parent=site_tree.news, slug="live")
    draft = factories.NewsPageFactory(parent=site_tree.news, slug="draft", live=False)
    private = factories.NewsPageFactory(parent=site_tree.news, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")  # noqa: S106
    entries, _lastmods = sitemap_entries(client)
    assert live.get_full_url() in entries
    assert entries[live.get_full_url()] == {"ar": live.get_full_url(), "x-default": live.get_full_url()}
    assert draft.get_full_url() not in entries
    assert private.get_full_url() not in entries
    assert site_tree.fr.news.get_full_url() in entries


def grow_bulletins(site_tree, start, stop):
    for n in range(start, stop):
        bulletin = factories.NewsPageFactory(
            parent=site_tree.news, slug=f"bulletin-{n}", date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
        )
        if n % 2:
            translate(bulletin, site_tree.locales.fr)


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_a_sitemap_file_costs_the_same_queries_however_many_pages_it_lists(client, site_tree):
    grow_bulletins(site_tree, 0, 4)
    few = queries(client, "/sitemap-pages.xml"), queries(client, "/sitemap.xml")
    grow_bulletins(site_tree, 4, 40)
    many = queries(client, "/sitemap-pages.xml"), queries(client, "/sitemap.xml")
    assert many == few


@pytest.mark.django_db
def test_the_index_pages_the_sitemap_and_bad_page_numbers_are_404(client, site_tree, monkeypatch):
    monkeypatch.setattr(PagesSitemap, "limit", 5)
    grow_bulletins(site_tree, 0, 8)
    urls = section_urls(client)
    total = Page.objects.live().public().filter(depth__gt=1).count()
    assert urls == ["/sitemap-pages.xml"] + [f"/sitemap-pages.xml?p={n}" for n in range(2, (total + 4) // 5 + 1)]
    # Each file starts where the previous one ended (keyset): every page once, none skipped or repeated.
    listed = [loc.text for url in urls for loc in parse(client.get(url)).findall("sm:url/sm:loc", NS)]
    assert len(listed) == len(set(listed)) == total
    for bad in ("?p=abc", "?p=0", f"?p={len(urls) + 1}"):
        assert client.get("/sitemap-pages.xml" + bad).status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


@pytest.mark.django_db
def test_robots_names_the_sitemap_and_keeps_crawlers_out_of_admin_search_and_filters(client, site_tree):
    call_command("set_site_url", "https://rmcto.example.ma", stdout=io.StringIO())
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: https://rmcto.example.ma/sitemap.xml" in lines
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow: ")}
    assert {"/admin/", "/ar/search/", "/fr/search/"} <= disallowed
    for name in ("member", "region", "category", "year", "tag", "theme", "kind"):
        assert f"/*?{name}=" in disallowed and f"/*&{name}=" in disallowed
    # Plain pagination stays open: every item stays reachable from the listings.
    assert not any("page=" in rule for rule in disallowed)


@pytest.mark.django_db
def test_set_site_url_writes_the_address_into_the_default_site(client, site_tree, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    out = io.StringIO()
    call_command("set_site_url", stdout=out)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000" in out.getvalue()
    html = client.get("/ar/news/").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/ar/news/">' in html
    assert '<link rel="alternate" hreflang="fr" href="http://127.0.0.1:8000/fr/news/">' in html

    call_command("set_site_url", "https://rmcto.example.ma/", stdout=io.StringIO())
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("rmcto.example.ma", 443, "https://rmcto.example.ma")
    for bad in ("ftp://example.ma", "https://example.ma/path/", "https://example.ma:8443", "example.ma"):
        with pytest.raises(CommandError):
            call_command("set_site_url", bad, stdout=io.StringIO())
    site.refresh_from_db()
    assert site.hostname == "rmcto.example.ma"


def test_site_url_comes_from_the_environment_and_is_the_admins_address_by_default():
    environment = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "WAGTAILADMIN_BASE_URL"}}
    code = "from django.conf import settings; print(settings.SITE_URL, settings.WAGTAILADMIN_BASE_URL)"

    def read(**env):
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-v0", "-c", code], cwd=settings.BASE_DIR,
            env={**environment, **env}, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return result.stdout.split()

    assert read() == ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]
    assert read(SITE_URL="https://rmcto.example.ma/") == ["https://rmcto.example.ma", "https://rmcto.example.ma"]
    assert read(SITE_URL="https://rmcto.example.ma", WAGTAILADMIN_BASE_URL="https://admin.example.ma") == [
        "https://rmcto.example.ma", "https://admin.example.ma",
    ]  # fmt: skip


@pytest.mark.django_db
def test_each_sitemap_file_says_when_the_latest_of_its_pages_changed(client, site_tree, monkeypatch):
    """Last-Modified of a file is its pages' latest change, to the second, in every file (crawlers ask again
    with If-Modified-Since); a page's <lastmod> is the day of that change in the site's time zone."""
    monkeypatch.setattr(PagesSitemap, "limit", 5)
    grow_bulletins(site_tree, 0, 8)
    # Every page published at its own time; half of them never republished (their first publication counts).
    first = datetime.datetime(2024, 3, 1, 9, 15, 30, 500000, tzinfo=datetime.UTC)
    for n, page in enumerate(Page.objects.filter(depth__gt=1).order_by("?")):
        published = first + datetime.timedelta(days=n * 7, minutes=n)
        again = published + datetime.timedelta(hours=n) if n % 2 else None
        Page.objects.filter(pk=page.pk).update(first_published_at=published, last_published_at=again)
    # Half past midnight on 1 January in Casablanca (UTC+1 then) is still 31 December in UTC: the day is Casablanca's.
    late = datetime.datetime(2026, 1, 1, 0, 30, 15, 250000, tzinfo=factories.CASABLANCA)
    assert late.astimezone(datetime.UTC).date() == datetime.date(2025, 12, 31)
    Page.objects.filter(slug="bulletin-5").update(last_published_at=late)  # and its French version
    by_location = {page.get_full_url(): page for page in public_pages()}
    urls = section_urls(client)
    assert len(urls) > 2
    for url in urls:
        response = client.get(url)
        nodes = parse(response).findall("sm:url", NS)
        pages = [by_location[node.find("sm:loc", NS).text] for node in nodes]
        changed = [page.last_published_at or page.first_published_at for page in pages]
        assert response["Last-Modified"] == http_date(max(changed).timestamp()), url
        for node, when in zip(nodes, changed, strict=True):
            assert node.find("sm:lastmod", NS).text == when.astimezone(factories.CASABLANCA).date().isoformat()
    bulletin = by_location[Page.objects.get(slug="bulletin-5", locale=site_tree.locales.ar).get_full_url()]
    assert bulletin.last_published_at == late
    lastmods = sitemap_entries(client)[1]
    assert lastmods[bulletin.get_full_url()] == "2026-01-01"
