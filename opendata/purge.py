"""What a cache in front must forget when a page changes, besides the page (core/frontend_cache.py).

The sitemap's files, the open data downloads and the API's answers about pages all show every live page, so
each change purges them; a purge of an address clears every query string of it too (`?p=2`, `?offset=20`),
as deploy/varnish/default.vcl bans by path.
"""

from django.urls import reverse

from opendata.exports import DATASETS
from opendata.sitemaps import sections


def purger(page):
    site = page.get_site()
    if site is None:
        return []
    root = site.root_url
    urls = [root + reverse("sitemap_index")]
    urls += [root + reverse("sitemap_section", kwargs={"section": name}) for name in sections(site)]
    urls += [
        root + reverse("opendata_download", kwargs={"slug": slug, "fmt": fmt})
        for slug in DATASETS
        for fmt in ("csv", "json")
    ]
    urls += [root + "/api/v2/pages/", root + f"/api/v2/pages/{page.pk}/"]
    return urls
