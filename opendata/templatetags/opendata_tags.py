"""{% share_tags page %} (Open Graph and Twitter card) and {% structured_data page %} (JSON-LD) for <head>.

Both are the same for every visitor of a page in a language: kept in the cache until content changes.
"""

import json

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.models import Page

from core.caching import cached
from core.templatetags.navigation_tags import site_navigation
from opendata.sharing import share_card
from opendata.sitemaps import urlset_xml
from opendata.structured_data import Builder

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element or open a comment.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page(page):
    return page if isinstance(page, Page) and page.pk else None


def _kept(context, name, page, build):
    """`build()`'s HTML for `page`, kept until content changes (what it shows is the page's and its site's), in
    the visitor's language; built afresh for a preview, which shows a draft."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return mark_safe(build())  # noqa: S308 - built from an escaped template or escaped JSON
    html = cached(name, build, page.pk, translation.get_language(), request.get_host())
    return mark_safe(html)  # noqa: S308 - as above


@register.simple_tag(takes_context=True)
def share_tags(context, page):
    """The Open Graph and Twitter card's <meta> tags (opendata/share_tags.html)."""
    page = _page(page)
    if page is None:
        return ""

    def build():
        card = share_card(page, context.get("request"), site_navigation(context))
        return render_to_string("opendata/share_tags.html", {"card": card})

    return _kept(context, "share-tags", page, build)


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """One <script type="application/ld+json"> per block: data, never run (no CSP nonce needed)."""
    page = _page(page)
    if page is None:
        return ""

    def build():
        blocks = Builder(page, context.get("request"), site_navigation(context)).blocks()
        return "".join(
            '<script type="application/ld+json">'
            + json.dumps(block, ensure_ascii=False, default=str).translate(JSON_ESCAPES)
            + "</script>"
            for block in blocks
        )

    return _kept(context, "structured-data", page, build)


@register.filter
def sitemap_urls(urlset):
    """{{ urlset|sitemap_urls }}: a sitemap file's <url> elements at once (a thousand template loops cost 10 ms)."""
    return urlset_xml(urlset)
