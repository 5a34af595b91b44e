"""Feeds of bulletins (RSS 2.0 and Atom): all of a language, per category, per region, per member."""

from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _

from core.models import NewsCategory, Region
from core.syndication import FeedSource, PageFeed, day_start, feed_links, in_casablanca
from members import routes


class NewsFeed(PageFeed):
    def item_pubdate(self, item):
        # A bulletin is dated by its editor; the time is that of its first publication when it went out
        # on that day, else the start of the day, in Casablanca time either way.
        published = in_casablanca(item.first_published_at)
        if published is not None and published.date() == item.date:
            return published
        return day_start(item.date)

    def item_categories(self, item):
        return [item.category.name] if item.category_id else []


def serve_feed(request, page, title, description, items, atom=False):
    return NewsFeed(atom=atom)(request, FeedSource(page=page, title=title, description=description, items=items))


def index_feed(index, request, atom=False):
    return serve_feed(
        request,
        index,
        index.title,
        index.introduction or _("The bulletins and communiqués of the network and its members."),
        index.listing_items(),
        atom,
    )


def category_feed(index, request, slug, atom=False):
    category = get_object_or_404(NewsCategory, locale_id=index.locale_id, slug=slug)
    return serve_feed(
        request,
        index,
        category_title(category),
        category_title(category),
        index.listing_items().filter(category=category),
        atom,
    )


def region_feed(index, request, slug, atom=False):
    region = get_object_or_404(Region, locale_id=index.locale_id, slug=slug)
    return serve_feed(
        request,
        index,
        region_title(region),
        region_title(region),
        index.listing_items().filter(member__region=region),
        atom,
    )


def category_title(category):
    return _("Bulletins in the category %(category)s") % {"category": category.name}


def region_title(region):
    return _("Bulletins of the region %(region)s") % {"region": region.name}


def member_title(member):
    return _("Bulletins of %(member)s") % {"member": member.title}


# --- under a member's page ----------------------------------------------------------------


def _member_items(member):
    from news.models import NewsPage

    return NewsPage.objects.for_listing().filter(member=member)


def member_feed(member, request):
    return serve_feed(request, member, member_title(member), member_title(member), _member_items(member))


def member_feed_atom(member, request):
    return serve_feed(request, member, member_title(member), member_title(member), _member_items(member), atom=True)


def member_follow(member, request):
    return {"follow": [feed_links(member, request, member_title(member), "news_feed", "news_feed_atom")]}


def register_member_routes():
    routes.register(
        [path("feed/", member_feed, name="news_feed"), path("feed/atom/", member_feed_atom, name="news_feed_atom")],
        member_follow,
    )


def index_follow(index, request, form):
    """The feeds of the news index as filtered by `form`: the narrowest first, then all bulletins."""
    from members.models import MemberPage

    links = []
    data = form.cleaned_data if form is not None and form.is_valid() else {}
    if data.get("member"):
        member = MemberPage.objects.live().filter(locale_id=index.locale_id, slug=data["member"]).first()
        if member is not None:
            links.append(feed_links(member, request, member_title(member), "news_feed", "news_feed_atom"))
    if data.get("category"):
        category = NewsCategory.objects.filter(locale_id=index.locale_id, slug=data["category"]).first()
        if category is not None:
            links.append(
                feed_links(
                    index, request, category_title(category), "category_feed", "category_feed_atom", category.slug
                )
            )
    if data.get("region"):
        region = Region.objects.filter(locale_id=index.locale_id, slug=data["region"]).first()
        if region is not None:
            links.append(
                feed_links(index, request, region_title(region), "region_feed", "region_feed_atom", region.slug)
            )
    links.append(feed_links(index, request, index.title, "feed", "feed_atom"))
    return links
