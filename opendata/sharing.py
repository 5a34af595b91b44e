"""What a shared link shows: the Open Graph and Twitter card of a page.

The title, description and image an editor set in the page's "Sharing" panel, else the page's own: its SEO
title or title, its summary or search description, its listing or main image (a member's logo), else the
home page's. The image is a 1200×630 JPEG crop with its alt text; every address is absolute, on the Site
record's host (SITE_URL).
"""

from django.conf import settings
from django.utils.translation import gettext

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter, SourceImageIOError

from core.caching import cached, memoized
from core.syndication import absolute_url, day_start, in_casablanca, site_root_url

SHARE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
# Parsed once (Wagtail parses a spec string again on every call).
SHARE_FILTER = Filter(spec=SHARE_SPEC)
ARTICLES = {"news.newspage", "experiences.experiencepage"}


def og_locale(code):
    """ar → ar_MA: the language as spoken in Morocco."""
    return f"{code}_MA"


def share_image(page):
    for name in ("share_image", "card_image", "hero_image"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


def home_share_image(home):
    """The home page's share image, kept until content changes (every page without a picture shows it)."""
    return cached("home-share-image", lambda: share_image(home.specific), home.pk)


def rendition(image):
    """The share crop of `image`, made once per request (the card and the JSON-LD both use it)."""

    def make():
        try:
            return image.get_rendition(SHARE_FILTER)
        except (SourceImageIOError, InvalidFilterSpecError, OSError):
            return None

    return memoized(f"share-rendition:{image.pk}", make)


def share_card(page, request, nav):
    root = site_root_url(request)
    card = {
        "type": "article" if page._meta.label_lower in ARTICLES else "website",
        "title": page.share_title or page.seo_title or page.title,
        "description": page.share_description or getattr(page, "card_summary", "") or page.search_description,
        "url": nav.canonical or absolute_url(page.url, request),
        "site_name": gettext("Moroccan Network of Open Territorial Collectivities"),
        "locale": og_locale(page.locale.language_code),
        "alternate_locales": [og_locale(code) for code in nav.translations if code != page.locale.language_code],
    }
    image = share_image(page)
    if image is None and nav.home is not None and nav.home.pk != page.pk:
        image = home_share_image(nav.home)  # a page without a picture shows the home's
    picture = rendition(image) if image is not None else None
    if picture is not None:
        card["image"] = {
            "url": absolute_url(picture.url, root=root),
            "width": picture.width,
            "height": picture.height,
            "alt": picture.alt or image.title,
            "type": "image/jpeg",
        }
    if card["type"] == "article":
        card["published"] = published(page)
        card["modified"] = _iso(page.last_published_at or page.first_published_at)
        category = getattr(page, "category", None) or getattr(page, "theme", None)
        card["section"] = category.name if category is not None else None
    return card


def published(page):
    """A bulletin's own date (the day it was issued), else when the page was first published."""
    date = getattr(page, "date", None)
    return day_start(date).isoformat() if date else _iso(page.first_published_at)


def _iso(value):
    value = in_casablanca(value)
    return value.isoformat(timespec="seconds") if value else None


def language_codes():
    return [code for code, _name in settings.LANGUAGES]
