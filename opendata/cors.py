"""Cross-origin reading of the API and the open data exports: any origin may read them, none may write.

Only GET, HEAD and OPTIONS are answered with `Access-Control-Allow-Origin: *`; nothing carries cookies
(`Access-Control-Allow-Credentials` is never sent), so a page elsewhere reads exactly what an anonymous visitor
reads. A preflight (OPTIONS with `Access-Control-Request-Method`) for a safe method is answered here, and a
missing object is a 404, never a redirect to a language's pages.
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
OPEN_PREFIXES = ("/api/", "/opendata/")


def is_open(path):
    return path.startswith(OPEN_PREFIXES)


class ReadOnlyCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_open(request.path_info) or request.method not in SAFE_METHODS:
            return self.get_response(request)
        preflight = request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META
        if preflight:
            response = HttpResponse(status=204)
            if request.META["HTTP_ACCESS_CONTROL_REQUEST_METHOD"].upper() in SAFE_METHODS:
                response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
                response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
                response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
            if redirected_to_a_language(request, response):
                # Django's LocaleMiddleware sends an unknown address to its /ar/… twin, which Wagtail's
                # catch-all pattern accepts: an API client asking for a missing object gets a 404 instead.
                response = JsonResponse({"message": "Not found."}, status=404)
        response["Access-Control-Allow-Origin"] = "*"
        return response


def redirected_to_a_language(request, response):
    if response.status_code not in (301, 302):
        return False
    location = response.get("Location", "")
    return any(location == f"/{code}{request.get_full_path()}" for code, _name in settings.LANGUAGES)
