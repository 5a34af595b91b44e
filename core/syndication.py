"""What the site's feeds and calendars share: routes under a page, absolute URLs, stable ids, Casablanca time.

A page that can be followed offers its feeds under its own address (`feed/`, `feed/atom/`, `calendar/`),
so they move with it and are purged with it. Every URL a feed or calendar carries is absolute and on the
site's own host (the Site record), never the host a request happened to use. Each item keeps one id
for good, whatever its slug or the site's host becomes (`stable_uuid`).

`Follow` is one way to follow a page (a feed in RSS and Atom, a calendar, email alerts): a page's
`get_context` lists them in `follow`; `base.html` announces feeds and calendars in the `<head>` and
`components/follow.html` shows them. Apps above a page's own add theirs with `add_follow_provider`.
"""

import datetime
import uuid
from dataclasses import dataclass
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter
from wagtail.models import Site

# How many items a feed carries: a reader polls it often, the archive is on the site.
FEED_ITEMS = 30
# The image a feed item carries: a JPEG every reader can show, never the original upload.
ENCLOSURE_SPEC = "max-1200x1200|format-jpeg"
# Parsed once (Wagtail parses a spec string again on every call).
ENCLOSURE_FILTER = Filter(spec=ENCLOSURE_SPEC)


def casablanca():
    return timezone.get_default_timezone()


def site_root_url(request=None):
    """`https://host` of the site: the Site record answering `request`, else the default one."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""


def absolute_url(url, request=None, root=None):
    if not url or url.startswith(("http://", "https://")):
        return url
    return urljoin((root or site_root_url(request)) + "/", url)


def webcal_url(url):
    """The same calendar for a calendar application to subscribe to: `webcal://host/…`."""
    return "webcal://" + url.split("://", 1)[-1]


def stable_uuid(translation_key, language_code):
    """One id per page and language, kept whatever the page's slug or the site's host becomes."""
    return uuid.uuid5(translation_key, language_code)


def text_direction(language_code):
    return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"


def network_name():
    return gettext("Moroccan Network of Open Territorial Collectivities")


def in_casablanca(value):
    """A datetime in Casablanca time (its offset then says +01:00, or +00:00 during Ramadan)."""
    return timezone.localtime(value, casablanca()) if value else None


def day_start(date):
    return datetime.datetime.combine(date, datetime.time.min, tzinfo=casablanca())


@dataclass
class Follow:
    """One way to follow a page: a feed (RSS and Atom), a calendar (`.ics` and `webcal://`) or email alerts."""

    FEED = "feed"
    CALENDAR = "calendar"
    ALERTS = "alerts"

    kind: str
    title: str
    url: str
    atom: str = ""

    @property
    def webcal(self):
        return webcal_url(self.url) if self.kind == self.CALENDAR else ""


_follow_providers = []


def add_follow_provider(provider):
    """`provider(page, request, context)` returns the `Follow`s an app above `page` adds to it (email alerts)."""
    _follow_providers.append(provider)


def follow_links(page, request, context, links):
    """A page's own ways to be followed, then those apps above it add."""
    links = list(links)
    for provider in _follow_providers:
        links.extend(provider(page, request, context) or [])
    return links


class PageRoutesMixin(RoutablePageMixin):
    """Routes under a page (its feeds, its calendar); the page itself is served as any page is."""

    @path("")
    def index_route(self, request, *args, **kwargs):
        # BasePage.serve, not RoutablePageMixin's shortcut: it sets the status of a listing whose filters failed.
        return super(RoutablePageMixin, self).serve(request, *args, **kwargs)

    def get_cached_paths(self):
        """The page and every route of it that takes no argument (its feeds, its calendar): purged together."""
        paths = ["/"]
        for pattern in self.get_subpage_urls():
            route = getattr(pattern.pattern, "_route", None)
            if route and "<" not in route:
                paths.append("/" + route.lstrip("/"))
        return list(dict.fromkeys(paths))

    def route_url(self, request, name, *args):
        """The absolute URL of one of this page's routes."""
        return self.get_full_url(request) + self.reverse_subpage(name, args=args).lstrip("/")


def feed_links(page, request, title, rss_route, atom_route, *args):
    return Follow(
        Follow.FEED,
        title,
        page.route_url(request, rss_route, *args),
        atom=page.route_url(request, atom_route, *args),
    )


@dataclass
class FeedSource:
    """What a feed mirrors: the page it links to, its title and description, its items (a queryset)."""

    page: object
    title: str
    description: str
    items: object


class PageFeed(Feed):
    """A feed of pages (RSS 2.0, or Atom with `atom=True`), in the language of the page it mirrors.

    Items are pages of a listing queryset (`for_listing()`: StreamFields deferred, member, category and
    images joined, renditions prefetched), so the feed costs the same queries whatever its length.
    Subclasses say what an item's date, categories and summary are.
    """

    def __init__(self, atom=False):
        super().__init__()
        self.feed_type = Atom1Feed if atom else Rss201rev2Feed

    def __call__(self, request, source):
        self.request = request
        self.root = site_root_url(request)
        self.language = source.page.locale.language_code
        with translation.override(self.language):
            response = super().__call__(request, source)
        # Readers and caches may keep it a while; the site's cache (purged on publish) decides for itself.
        response["Cache-Control"] = "public, max-age=600"
        return response

    def get_object(self, request, source):
        return source

    def title(self, source):
        return f"{source.title} — {network_name()}"

    def link(self, source):
        return source.page.get_full_url(self.request)

    def description(self, source):
        return source.description

    def feed_url(self, source):
        return absolute_url(self.request.path, root=self.root)

    def author_name(self, source):
        return network_name()

    def items(self, source):
        return list(source.items[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"urn:uuid:{stable_uuid(item.translation_key, self.language)}"

    def item_guid_is_permalink(self, item):
        return False

    def item_author_name(self, item):
        return item.member.title if item.member_id else network_name()

    def item_updateddate(self, item):
        return in_casablanca(item.last_published_at or item.first_published_at)

    def item_pubdate(self, item):
        return in_casablanca(item.first_published_at)

    def item_summary(self, item):
        return item.card_summary

    def item_extra_lines(self, item):
        """Lines shown above the summary (an event's dates and place)."""
        return []

    def item_description(self, item):
        # Marked with its language and direction, so that an Arabic summary reads right to left in any reader.
        lines = format_html_join("", "<p>{}</p>", ((line,) for line in self.item_extra_lines(item)))
        return format_html(
            '<div lang="{}" dir="{}">{}<p>{}</p></div>',
            self.language,
            text_direction(self.language),
            lines,
            self.item_summary(item),
        )

    def item_enclosures(self, item):
        image = item.card_image
        if image is None:
            return []
        try:
            rendition = image.get_rendition(ENCLOSURE_FILTER)
            size = rendition.file.size
        except (InvalidFilterSpecError, OSError):  # OSError: Wagtail's SourceImageIOError, a missing file
            return []
        return [Enclosure(absolute_url(rendition.url, root=self.root), str(size), "image/jpeg")]
