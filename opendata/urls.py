"""Outside the language prefix: robots.txt, the sitemap, the API and the open data downloads."""

from django.urls import path, re_path

from opendata import views
from opendata.api import api_router

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    re_path(r"^opendata/(?P<slug>[a-z-]+)\.(?P<fmt>csv|json)$", views.download, name="opendata_download"),
    path("api/v2/", api_router.urls),
]
