"""Template helpers shared by every template: dates, query strings for pagination."""

import uuid

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.caching import content_version, timely_timeout
from core.dates import as_date, format_date, format_date_range

register = template.Library()


@register.filter
def local_date(value):
    """{{ page.date|local_date }} → «12 نونبر 2024» / «12 novembre 2024»."""
    return format_date(value)


@register.filter
def date_range(start, end):
    """{{ page.start|date_range:page.end }} → «من 12 إلى 13 نونبر 2024» / «12–13 novembre 2024»."""
    return format_date_range(start, end)


CALENDAR_ICON = mark_safe(
    '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3.5" y="5" width="17" '
    'height="15.5" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3.5 10h17M8 3v4M16 3v4" '
    'stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>'
)


@register.simple_tag
def time_element(value, end=None):
    """{% time_element page.date %}: the date as Moroccans write it, machine-readable too; with `end`, a range.

    A tag rather than an included template: a listing shows one per card, and every page type a date.
    """
    if not value:
        return ""
    text = format_date_range(value, end) if end else format_date(value)
    return format_html('<time class="date" datetime="{}">{}{}</time>', as_date(value).isoformat(), CALENDAR_ICON, text)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced: keeps filters across pages."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def _previewing(context):
    return getattr(context.get("request"), "is_preview", False)


@register.simple_tag(takes_context=True)
def fragment_cache_key(context):
    """{% fragment_cache_key as version %}: the content version, for `{% cache %}` fragments forgotten on change.

    Used as `{% cache timeout "name" LANGUAGE_CODE version %}` (core/caching.py). A preview shows a draft, which
    may differ from what is live (a home's featured experiences): it gets a key of its own, never read again.
    """
    if _previewing(context):
        return f"preview-{uuid.uuid4().hex}"
    return content_version()


@register.simple_tag(takes_context=True)
def fragment_cache_timeout(context, timely=False):
    """How long a fragment is kept: FRAGMENT_CACHE_TIMEOUT, or a minute at most with `timely=True` when what it
    shows changes with time too (upcoming events become past ones); never in a preview."""
    if _previewing(context):
        return 0
    return timely_timeout() if timely else settings.FRAGMENT_CACHE_TIMEOUT
