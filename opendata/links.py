"""Absolute addresses of pages read as values (`url_path`), without loading each page: for long lists.

Wagtail's own `get_full_url` asks each page object for its site root; the sitemap and the exports list up to
hundreds of thousands of pages, so they read `url_path` in one query and join it to the site's root in the
page's language here, exactly as Wagtail does (tests compare the two).
"""

from urllib.parse import quote

from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from core.privacy import public

# What Django's `reverse` leaves unquoted in a path.
SAFE = "/~:@!$&'()*+,;="


class PageLinks:
    def __init__(self, site):
        self.site = site
        self.roots = []  # (root url_path, absolute prefix), longest root first
        for root in site.get_site_root_paths():
            if root.site_id != site.pk:
                continue
            with translation.override(root.language_code):
                prefix = root.root_url + reverse("wagtail_serve", args=[""])
            self.roots.append((root.root_path, prefix))
        self.roots.sort(key=lambda item: -len(item[0]))

    def url(self, url_path):
        """The page's absolute URL, or None when it is not under this site."""
        for root_path, prefix in self.roots:
            if url_path.startswith(root_path):
                return prefix + quote(url_path[len(root_path) :], safe=SAFE)
        return None

    def pages(self):
        """Every live page anyone may see under this site, in every language (its homes included)."""
        homes = Q()
        for root_path, _prefix in self.roots:
            homes |= Q(url_path__startswith=root_path)
        if not self.roots:
            return Page.objects.none()
        return public(Page.objects.live().filter(homes))  # the private sections read once per request
