"""{% share_tags page %} (Open Graph and Twitter card) and {% structured_data page %} (JSON-LD) for <head>."""

import json

from django import template
from django.utils.safestring import mark_safe

from wagtail.models import Page

from core.templatetags.navigation_tags import site_navigation
from opendata.sharing import share_card
from opendata.structured_data import Builder

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element or open a comment.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page(page):
    return page if isinstance(page, Page) and page.pk else None


@register.inclusion_tag("opendata/share_tags.html", takes_context=True)
def share_tags(context, page):
    page = _page(page)
    if page is None:
        return {"card": None}
    return {"card": share_card(page, context.get("request"), site_navigation(context))}


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """One <script type="application/ld+json"> per block: data, never run (no CSP nonce needed)."""
    page = _page(page)
    if page is None:
        return ""
    blocks = Builder(page, context.get("request"), site_navigation(context)).blocks()
    html = "".join(
        '<script type="application/ld+json">'
        + json.dumps(block, ensure_ascii=False, default=str).translate(JSON_ESCAPES)
        + "</script>"
        for block in blocks
    )
    return mark_safe(html)  # noqa: S308 - the JSON is escaped above
