"""The feed of experiences (RSS 2.0 and Atom): every published showcase of a language, newest first."""

from django.utils.translation import gettext as _

from core.syndication import FeedSource, PageFeed, feed_links


class ExperienceFeed(PageFeed):
    def item_categories(self, item):
        return [item.theme.name] if item.theme_id else []


def index_feed(index, request, atom=False):
    source = FeedSource(
        page=index,
        title=index.title,
        description=index.introduction or _("Best practices of the network's members, as they are published."),
        items=index.listing_items(),
    )
    return ExperienceFeed(atom=atom)(request, source)


def index_follow(index, request):
    return [feed_links(index, request, index.title, "feed", "feed_atom")]
