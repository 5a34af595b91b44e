"""Template helpers shared by every template: dates, query strings for pagination."""

from django import template
from django.conf import settings

from core.caching import content_version
from core.dates import format_date, format_date_range

register = template.Library()


@register.filter
def local_date(value):
    """{{ page.date|local_date }} → «12 نونبر 2024» / «12 novembre 2024»."""
    return format_date(value)


@register.filter
def date_range(start, end):
    """{{ page.start|date_range:page.end }} → «من 12 إلى 13 نونبر 2024» / «12–13 novembre 2024»."""
    return format_date_range(start, end)


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


@register.simple_tag
def fragment_cache_key():
    """{% fragment_cache_key as version %}: the content version, for `{% cache %}` fragments forgotten on change.

    Used as `{% cache FRAGMENT_CACHE_TIMEOUT "name" LANGUAGE_CODE version %}` (core/caching.py).
    """
    return content_version()


@register.simple_tag
def fragment_cache_timeout():
    return settings.FRAGMENT_CACHE_TIMEOUT
