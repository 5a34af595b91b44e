"""Counting subscription requests per address and per client, in Django's cache: no third party involved."""

import hashlib

from django.core.cache import caches

from alerts import conf


def _allow(key, limit, window):
    cache = caches[conf.get("ALERTS_CACHE")]
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, window)
        return True
    return count <= limit


def client_address(request):
    # REMOTE_ADDR: the proxy in front of the site must set it to the client's (X-Forwarded-For is not trusted).
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow_client(request):
    limit, window = conf.get("ALERTS_RATE_PER_CLIENT")
    return _allow(f"alerts:client:{client_address(request)}", limit, window)


def allow_address(email):
    # The address is hashed: the cache holds no personal data.
    digest = hashlib.sha256(email.encode()).hexdigest()
    limit, window = conf.get("ALERTS_RATE_PER_ADDRESS")
    return _allow(f"alerts:address:{digest}", limit, window)
