"""robots.txt, the sitemap index and its sections, and the open data downloads."""

import hashlib

from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.models import Page, PageLogEntry, Site

from core.models import NetworkSettings
from documents.models import DocumentFilterForm
from experiences.models import ExperienceFilterForm
from news.models import NewsFilterForm
from opendata import exports
from opendata.links import PageLinks
from opendata.sitemaps import sections

# Query parameters that filter a listing: robots stay out of every combination of them (plain pagination,
# `?page=N`, stays open, so every item remains reachable by following links).
LISTING_FILTERS = sorted(
    {
        *NewsFilterForm.base_fields,
        *ExperienceFilterForm.base_fields,
        *DocumentFilterForm.base_fields,
        "kind",  # the members directory's own filters (members.models.MemberIndexPage)
        "region",
    }
)


def current_site(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise Http404
    return site


@require_safe
def robots_txt(request):
    site = current_site(request)
    lines = ["User-agent: *", "Disallow: " + reverse("wagtailadmin_home")]
    for code in exports.languages():
        with translation.override(code):
            lines.append("Disallow: " + reverse("search"))
    for name in LISTING_FILTERS:
        lines.append(f"Disallow: /*?{name}=")
        lines.append(f"Disallow: /*&{name}=")
    lines += ["", f"Sitemap: {site.root_url}{reverse('sitemap_index')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_index(request):
    site = current_site(request)
    items = []
    for name, section in sections(site).items():
        location = site.root_url + reverse("sitemap_section", args=[name])
        for number in section.paginator.page_range:
            items.append(SitemapIndexItem(location if number == 1 else f"{location}?p={number}", None))
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


@require_safe
def sitemap_section(request, section):
    return django_sitemap(
        request, sections(current_site(request)), section=section, template_name="opendata/sitemap.xml"
    )


# Exports are built on request and kept in the cache for as long as the content they read has not changed:
# the key carries a fingerprint of the page tree (the last page log entry, the last publication, the number of
# live pages, the last revision), read in two small queries, so a publication anywhere, in any process, is
# seen on the next download. Taxonomy terms (a region's or a category's name) carry no date: a rename alone shows
# when the cached file expires, within the hour.
EXPORT_CACHE_SECONDS = 3600


def content_fingerprint(network_settings):
    pages = Page.objects.aggregate(
        published=Max("last_published_at"),
        revised=Max("latest_revision_created_at"),
        live=Count("pk", filter=Q(live=True)),
    )
    last_log = PageLogEntry.objects.aggregate(last=Max("pk"))["last"]
    licence = exports.licence(network_settings)
    return hashlib.sha256(repr((pages, last_log, licence)).encode()).hexdigest()[:24]


CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


@require_safe
def download(request, slug, fmt):
    dataset = exports.DATASETS.get(slug)
    if dataset is None or fmt not in CONTENT_TYPES:
        raise Http404
    site = current_site(request)
    network_settings = NetworkSettings.for_site(site)
    key = f"opendata:{site.pk}:{slug}:{fmt}:{content_fingerprint(network_settings)}"
    body = cache.get(key)
    if body is None:
        links = PageLinks(site)
        if fmt == "csv":
            body = exports.as_csv(dataset, links)
        else:
            source = site.root_url + request.path
            body = exports.as_json(dataset, links, network_settings, source)
        cache.set(key, body, EXPORT_CACHE_SECONDS)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'inline; filename="rmcto-{slug}.{fmt}"'
    licence = exports.licence(network_settings)
    if licence and licence["url"]:
        response["Link"] = f'<{licence["url"]}>; rel="license"'
    return response
