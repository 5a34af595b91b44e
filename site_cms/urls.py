"""URLs: admin, documents, robots, sitemap, API and open data outside the language prefix, pages under /ar/, /fr/…"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.health import healthz
from search import views as search_views

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = [
    # For the load balancer: outside the language prefixes, no redirect (core/health.py).
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # robots.txt, sitemap.xml, /api/v2/ and /opendata/ (opendata/urls.py)
    path("", include("opendata.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("alerts/", include("alerts.urls")),
    path("", include(wagtail_urls)),
)
