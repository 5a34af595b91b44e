"""What the site keeps between requests, and how it is forgotten when content changes.

- A **content version**, one key in the cache, replaced whenever a page is published, unpublished, moved or
  deleted, a view restriction or a setting or taxonomy term is saved. Cached navigation, figures and the footer
  include it in their keys, so a change shows on the next request (in every process when the cache is shared,
  i.e. Redis: several app processes need `REDIS_URL`).
- A **per-request memo**: what every query of one request would otherwise ask again (the private sections),
  kept for that request only, so it is never stale.
"""

import contextvars
import hashlib
import time

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "core:content-version"

_request_memo = contextvars.ContextVar("core_request_memo", default=None)


def content_version():
    """The current content version, read once per request."""
    memo = _request_memo.get()
    if memo is not None and "version" in memo:
        return memo["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    if memo is not None:
        memo["version"] = version
    return version


def content_changed(**kwargs):
    """Signal receiver: everything cached under the previous version is forgotten."""
    cache.set(VERSION_KEY, time.time_ns(), None)
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()


def settings_saved(sender, created=False, **kwargs):
    if not created:
        content_changed()


# What changes with time as well as with content (an upcoming event becomes a past one) is kept a minute at most.
TIMELY_SECONDS = 60


def timely_timeout():
    return min(settings.FRAGMENT_CACHE_TIMEOUT, TIMELY_SECONDS)


_MISSING = object()


def cached(name, build, *parts, timeout=None):
    """`build()`, kept in the cache under `name`, `parts` and the content version (None too: nothing found)."""
    key = ":".join(["core", name, str(content_version()), *map(str, parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, settings.FRAGMENT_CACHE_TIMEOUT if timeout is None else timeout)
    return value


def remember_site(request):
    """Give the request Wagtail's Site for its host, kept until content changes (a Site's save replaces the version).

    Wagtail reads it from the database on every request (`Site.find_for_request` keeps it on the request only).
    Only a host that ALLOWED_HOSTS accepts is kept, so made-up hosts cannot fill the cache; the root page is kept
    with its specific page, which routing asks for on every request.
    """
    from django.core.exceptions import DisallowedHost
    from django.db import DatabaseError
    from django.http.request import split_domain_port

    from wagtail.models import Site
    from wagtail.models.sites import get_site_for_hostname

    from core.models import page_for_serving

    try:
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
    except DisallowedHost:
        return  # Wagtail finds it, and Django refuses the host, as without this

    def find():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        # Routing asks for the root's specific page (a cached property): kept with the site, read as pages are.
        site.root_page.__dict__["specific"] = page_for_serving(site.root_page)
        return site

    try:
        request._wagtail_site = cached("site", find, hostname, port)
    except DatabaseError:
        return  # Wagtail asks again, and fails, where it would have


def cached_count(queryset, count=None):
    """`count()` (by default `queryset.count()`), kept until content changes, keyed by the queryset's SQL.

    The key is written from the keys' query (what is filtered, how it is ordered and sliced), cheaper to compile
    than a listing's with its joins. Only for querysets of pages, whose changes replace the content version.
    """
    sql, params = queryset.values_list("pk").query.sql_with_params()
    key = hashlib.sha256(repr((queryset.db, sql, params)).encode()).hexdigest()
    return cached("count", count or queryset.count, key)


def memoized(name, build):
    """`build()`, once per request (every time outside a request: commands, shells)."""
    memo = _request_memo.get()
    if memo is None:
        return build()
    if name not in memo:
        memo[name] = build()
    return memo[name]


class RequestMemo:
    """Opens a fresh memo for the duration of one request (used by core.http_cache's middleware)."""

    def __enter__(self):
        self._token = _request_memo.set({})

    def __exit__(self, *exc):
        _request_memo.reset(self._token)
