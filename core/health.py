"""`/healthz`: is this app server fit to take requests? For the load balancer and the monitoring.

It asks the database for `SELECT 1` and the cache for a value it has just set, renders no page, touches no
session and sets no cookie. 200 with `{"status": "ok", ...}` when both answer; 503 naming the part that did not,
so a balancer takes the server out of rotation. It lives outside the language prefixes and is exempt from the
HTTPS redirect (settings: SECURE_REDIRECT_EXEMPT), so a check on loopback gets its answer, not a redirect.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_ok():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ok():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    try:
        return cache.get(key) == "1"
    finally:
        cache.delete(key)


CHECKS = {"database": database_ok, "cache": cache_ok}


@never_cache
@require_safe
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "failing"
        except Exception:  # noqa: BLE001 - any failure of a part is its state, reported, never a 500
            logger.warning("healthz: the %s is not reachable", name, exc_info=True)
            results[name] = "unreachable"
    healthy = all(state == "ok" for state in results.values())
    return JsonResponse({"status": "ok" if healthy else "failing", **results}, status=200 if healthy else 503)
