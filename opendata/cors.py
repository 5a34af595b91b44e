"""Cross-origin reading of the API and the open data exports: any origin may read them, none may write.

Only GET, HEAD and OPTIONS are answered with `Access-Control-Allow-Origin: *`; nothing carries cookies
(`Access-Control-Allow-Credentials` is never sent), so a page elsewhere reads exactly what an anonymous visitor
reads. A preflight (OPTIONS with `Access-Control-Request-Method`) for a safe method is answered here.
"""

from django.http import HttpResponse

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
        response["Access-Control-Allow-Origin"] = "*"
        return response
