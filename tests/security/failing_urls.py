"""The site's URLs plus one public page that fails, to see the 500 page as a visitor does."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from site_cms.urls import handler404, handler500, urlpatterns  # noqa: F401


def boom(request):
    raise RuntimeError("a bug")


urlpatterns = i18n_patterns(path("boom/", boom)) + urlpatterns
