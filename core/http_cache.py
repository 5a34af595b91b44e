"""Cache-Control for every response: public pages may be kept by browsers and a shared cache, nothing else.

A response is **public** (`Cache-Control: public, max-age=CACHE_MAX_AGE, s-maxage=CACHE_S_MAXAGE`) only when
all of these hold: a GET or HEAD; a status that is the same for everyone (200, 301, 404, 410); not the admin,
a document download or a form's address; the request carries no session cookie (so nothing in the answer can
depend on a session: no login, no page password passed, no message); the answer sets no cookie (the CSRF
token of a form, a message read); not a search with a query; the page is in no private section; the view set
no Cache-Control of its own. Then `Vary: Cookie` is dropped, since no cookie changed it; the language is in
the path, so nothing else varies.

Everything else is `private, no-store` (a view's own stricter header is kept). Document downloads are left as
their view and hooks answer them (never kept by the app; Varnish passes them). The middleware also opens the
per-request memo of core.caching, so it sits near the top of MIDDLEWARE (after the request id).

With PAGE_CACHE on, a public 200 answer to a GET is also kept in Django's cache (Redis when configured), keyed
by host, full path and the content version (core/caching.py), and served from there to the next anonymous
visitor without a session: the app's own shared cache, forgotten on every change, for when no Varnish is in
front (and for what Varnish misses). Only what was found public is ever stored, so it serves nothing private.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from core.caching import RequestMemo, content_version, remember_site
from core.privacy import is_restricted

PUBLIC_STATUSES = {200, 301, 404, 410}
# Searches with a query: as many addresses as visitors type, so not worth keeping in a shared cache.
QUERY_VIEWS = {"search", "search_suggest"}
PRIVATE_PREFIXES = ("/admin/", "/documents/")
DOCUMENT_PREFIX = "/documents/"
PRIVATE = "private, no-store"


def is_public(request, response):
    """Whether `response` is the same for every anonymous visitor (see the module's docstring)."""
    if request.method not in ("GET", "HEAD") or response.status_code not in PUBLIC_STATUSES:
        return False
    if response.cookies or request.path.startswith(PRIVATE_PREFIXES):
        return False
    # A form's CSRF token (alerts, login): the answer is this visitor's own.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False):
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in QUERY_VIEWS and request.GET.get("q", "").strip():
        return False
    route = getattr(request, "_wagtail_route_for_request", None)
    return not (route and is_restricted(route[0]))


def make_public(response):
    patch_cache_control(response, public=True, max_age=settings.CACHE_MAX_AGE, s_maxage=settings.CACHE_S_MAXAGE)
    kept = [v.strip() for v in response.get("Vary", "").split(",") if v.strip() and v.strip().lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif response.has_header("Vary"):
        del response["Vary"]


def page_cache_key(request):
    """Where an anonymous GET's answer is kept, or None when it may not come from the cache."""
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or request.path.startswith(PRIVATE_PREFIXES):
        return None
    return f"core:page:{content_version()}:{request.get_host()}:{request.get_full_path()}"


class HttpCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with RequestMemo():
            key = page_cache_key(request)
            if key is not None:
                kept = cache.get(key)
                if kept is not None:
                    return kept
            response = self.get_response(request)
            if request.path.startswith(DOCUMENT_PREFIX):
                # Documents decide for themselves (members/documents.py: private when shown to an editor only).
                return response
            if (
                key is not None
                and request.method == "GET"
                and response.status_code == 200
                and not response.streaming
                and not response.has_header("Cache-Control")
                and is_public(request, response)
            ):
                make_public(response)
                cache.set(key, response, settings.FRAGMENT_CACHE_TIMEOUT)
                return response
            if response.has_header("Cache-Control"):
                # The view's (or WhiteNoise's) own policy stands, unless the answer sets a cookie.
                if response.cookies:
                    response["Cache-Control"] = PRIVATE
            elif is_public(request, response):
                make_public(response)
            else:
                response["Cache-Control"] = PRIVATE
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # A page's Site from the cache (nothing else asks for one before its view runs: the health check never).
        if request.resolver_match.url_name == "wagtail_serve":
            remember_site(request)
