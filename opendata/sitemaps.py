"""The sitemap: every live page anyone may see, in every language, each with its hreflang alternates.

Served as an index (`/sitemap.xml`) naming paginated sections (`/sitemap-pages.xml?p=N`), so that each file
stays far under the protocol's limits (50,000 addresses, 50 MB) however many bulletins the site holds. A
section's page costs the same few queries whatever its size: the pages are read as values, and the
translations of all of them in one more query (no query per page for its alternates). How many pages there
are, and the first page of each file, are kept until content changes: a file is then read from its first
page on (keyset), never by skipping the files before it (OFFSET read 137,000 rows for the last file).
"""

from collections import defaultdict
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import CharField, F, Window
from django.db.models.functions import Cast, Coalesce, RowNumber
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from core.caching import cached, cached_count
from opendata.links import PageLinks


class PagesSitemap(Sitemap):
    # Addresses per file: each carries its alternates (about 600 bytes with two languages), so a file weighs
    # well under a megabyte.
    limit = 1000

    def __init__(self, site):
        self.site = site
        self.links = PageLinks(site)

    def items(self):
        # Only what a <url> shows. The translation key as text and one date: a thousand rows are read per file,
        # and each UUID or extra timestamp is a conversion in Python.
        return (
            self.links.pages()
            .order_by("path")
            .values("url_path", key=Cast("translation_key", CharField()))
            .annotate(lastmod=Coalesce("last_published_at", "first_published_at"))
        )

    @cached_property
    def paginator(self):
        paginator = super().paginator
        paginator.count = cached_count(self.links.pages())
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
        in_file = self.items().filter(path__gte=self.file_starts()[number - 1])[: self.limit]
        items = list(in_file)
        # Every version of the file's pages, in one query that selects the file's keys itself (rather than
        # sending a thousand of them back).
        versions = defaultdict(dict)
        translations = (
            self.links.pages()
            .filter(translation_key__in=in_file.values("translation_key"))
            .values_list("url_path", Cast("translation_key", CharField()), "locale__language_code")
        )
        for url_path, key, language_code in translations:
            url = self.links.url(url_path)
            if url:
                versions[key][escape(language_code)] = escape(url)  # escaped once, written up to three times
        urls = []
        self.latest_lastmod = None
        zone = timezone.get_current_timezone()
        for item in items:
            location = self.links.url(item["url_path"])
            if location is None:
                continue
            lastmod = item["lastmod"]
            if lastmod and (self.latest_lastmod is None or lastmod > self.latest_lastmod):
                self.latest_lastmod = lastmod
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "xml": url_xml(location, lastmod, versions[item["key"]], zone),
                }
            )
        return urls


def url_xml(location, lastmod, versions, zone):
    """One <url> of the file, written here rather than by the template: a thousand of them took 150 ms there.

    `lastmod` is written as the day it is in `zone` (the site's time zone); `versions` are the page's versions
    by language, code and address already escaped.
    """
    parts = ["<url><loc>", escape(location), "</loc>"]
    if lastmod:
        day = lastmod.astimezone(zone) if timezone.is_aware(lastmod) else lastmod
        parts += ["<lastmod>", day.date().isoformat(), "</lastmod>"]
    for code, href in alternates(versions):
        parts += ['<xhtml:link rel="alternate" hreflang="', code, '" href="', href, '"/>']
    parts.append("</url>\n")
    return "".join(parts)


def alternates(by_language):
    """(language, address) of the hreflang links, in the order of the site's languages, and x-default: the
    default language's version (else the first that exists), as every page's <head> says
    (core/templatetags/navigation_tags.py)."""
    ordered = [(code, by_language[code]) for code, _name in settings.LANGUAGES if code in by_language]
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
