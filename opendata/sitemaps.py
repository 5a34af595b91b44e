"""The sitemap: every live page anyone may see, in every language, each with its hreflang alternates.

Served as an index (`/sitemap.xml`) naming paginated sections (`/sitemap-pages.xml?p=N`), so that each file
stays far under the protocol's limits (50,000 addresses, 50 MB) however many bulletins the site holds. A
section's page costs the same few queries whatever its size: its pages and all their versions (for the
alternates) are read as values in one query. How many pages there are, and the first page of each file, are
kept until content changes: a file is then read from its first page on (keyset), never by skipping the files
before it (OFFSET read 137,000 rows for the last file).
"""

from collections import defaultdict
from datetime import UTC, datetime
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import CharField, F, FloatField, Func, Window
from django.db.models.functions import Cast, Coalesce, RowNumber, TruncDate
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from core.caching import cached
from opendata.links import PageLinks


class PagesSitemap(Sitemap):
    # Addresses per file: each carries its alternates (about 600 bytes with two languages), so a file weighs
    # well under a megabyte.
    limit = 1000

    def __init__(self, site):
        self.site = site
        self.links = PageLinks(site)

    def items(self):
        # Only what a <url> shows: its address, its language, its translation key as text, the day it last
        # changed in the site's time zone, and when exactly as seconds (for the file's Last-Modified). A thousand
        # rows or more are read per file: a UUID or a timestamp each would be a conversion in Python (Django loads
        # PostgreSQL's timestamps through a Python loader, 4 us each), a date or a number is one in C.
        changed = Coalesce("last_published_at", "first_published_at")
        return self.links.pages().values_list(
            "path",
            "url_path",
            "locale__language_code",
            Cast("translation_key", CharField()),
            TruncDate(changed),
            Epoch(changed),
        )

    @cached_property
    def paginator(self):
        paginator = super().paginator
        # Kept until content changes; the key is the site's, cheaper than the SQL's (1.5 ms to compile).
        paginator.count = cached("sitemap-count", self.links.pages().count, self.site.pk)
        return paginator

    def file_starts(self):
        """The tree path of each file's first page, in order: one query, kept until content changes."""

        def read():
            firsts = range(1, self.paginator.count + 1, self.limit)
            numbered = self.links.pages().annotate(n=Window(RowNumber(), order_by=F("path").asc()))
            return list(numbered.filter(n__in=list(firsts)).order_by("path").values_list("path", flat=True))

        return cached("sitemap-starts", read, self.site.pk, self.paginator.count)

    def get_urls(self, page=1, site=None, protocol=None):
        number = self.paginator.validate_number(page)  # EmptyPage, PageNotAnInteger: Django's view says 404
        start = self.file_starts()[number - 1]
        in_file = self.links.pages().filter(path__gte=start).order_by("path").values("translation_key")
        # One query: every version of the file's pages, the file's own among them (each is one of its own
        # versions). Their file is the first `limit` of those from `start` on in tree order, as the pages in
        # other files come before `start` or after the file's last page. No order asked of the database:
        # Python sorts the rows by path as PostgreSQL's "C" collation does (code points).
        rows = sorted(self.items().filter(translation_key__in=in_file[: self.limit]).order_by())
        versions = defaultdict(dict)
        locations = {}
        for path, url_path, language_code, key, _day, _seconds in rows:
            url = self.links.url(url_path)
            if url:
                locations[path] = escape(url)  # escaped once, written up to four times
                versions[key][escape(language_code)] = locations[path]
        languages = [code for code, _name in settings.LANGUAGES]
        urls = []
        latest = None
        in_this_file = [row for row in rows if row[0] >= start][: self.limit]
        for path, _url_path, _language_code, key, day, seconds in in_this_file:
            location = locations.get(path)
            if location is None:
                continue
            if seconds is not None and (latest is None or seconds > latest):
                latest = seconds
            urls.append({"xml": url_xml(location, day, alternates(versions[key], languages))})
        self.latest_lastmod = None if latest is None else datetime.fromtimestamp(latest, UTC)
        return urls


class Epoch(Func):
    """A date and time as seconds since 1970 (a float), in SQL."""

    output_field = FloatField()
    template = "CAST(EXTRACT(EPOCH FROM %(expressions)s) AS double precision)"

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="(julianday(%(expressions)s) - 2440587.5) * 86400.0")


def url_xml(location, day, links):
    """One <url> of the file, written here rather than by the template: a thousand of them took 150 ms there.

    `location` is the page's address and `links` its versions' (language code, address), all already escaped;
    `day` is the day it last changed, in the site's time zone.
    """
    parts = ["<url><loc>", location, "</loc>"]
    if day:
        parts += ["<lastmod>", day.isoformat(), "</lastmod>"]
    for code, href in links:
        parts += ['<xhtml:link rel="alternate" hreflang="', code, '" href="', href, '"/>']
    parts.append("</url>\n")
    return "".join(parts)


def alternates(by_language, languages):
    """(language, address) of the hreflang links, in the order of the site's `languages`, and x-default: the
    default language's version (else the first that exists), as every page's <head> says
    (core/templatetags/navigation_tags.py)."""
    ordered = [(code, by_language[code]) for code in languages if code in by_language]
    if len(ordered) < len(by_language):
        ordered += [(code, url) for code, url in sorted(by_language.items()) if code not in dict(ordered)]
    if ordered:
        ordered.append(("x-default", by_language.get(settings.LANGUAGE_CODE, ordered[0][1])))
    return ordered


def urlset_xml(urls):
    """The file's <url> elements, each written and escaped by `url_xml`."""
    return mark_safe("".join(url["xml"] for url in urls))  # noqa: S308 - every value is escaped in url_xml


def sections(site):
    return {"pages": PagesSitemap(site)}
