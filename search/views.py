"""Site search, within the visitor's language."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from core.models import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()
    status = 200
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        status = 400
        error = _("Your search is too long: use at most %(n)d characters.") % {"n": MAX_QUERY_LENGTH}
        query = query[:MAX_QUERY_LENGTH]
    elif query:
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            raise Http404 from None
        pages = Page.objects.live().public().filter(locale=locale).specific()
        results = paginate(request, pages.search(query), per_page=10)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": results, "error": error},
        status=status,
    )
