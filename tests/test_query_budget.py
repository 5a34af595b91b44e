"""Every public page answers in at most 15 SQL queries once warm, however much content the site holds.

"Warm" is the second request: the per-process caches (site, settings, renditions, the header's and footer's
fragments) are filled by the first. Each page is counted with a few items, then with many more; the count must
not move, and must stay within the budget.
"""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.caching import content_changed
from home.models import FeaturedExperience
from tests import factories

BUDGET = 15


def warm_queries(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return captured.captured_queries


@pytest.fixture
def content(site_tree, member):
    """A maker of bulletins, events and experiences spread over the network and a member, with images."""
    image = factories.ImageFactory()
    category = factories.NewsCategoryFactory(slug="communique")
    theme = factories.ExperienceThemeFactory(slug="citizen-office")
    made = {}

    def grow(start, stop):
        for n in range(start, stop):
            parent = member if n % 2 else site_tree.news
            made["news" if n % 2 else "network_news"] = factories.NewsPageFactory(
                parent=parent, slug=f"news-{n}", category=category, hero_image=image,
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            )  # fmt: skip
            parent = member if n % 2 else site_tree.events
            start_at = datetime.datetime(2024, 1, 1 + n % 28, 9, tzinfo=factories.CASABLANCA)
            if n % 3 == 0:
                start_at = start_at.replace(year=2090)
            made["event" if n % 2 else "network_event"] = factories.EventPageFactory(
                parent=parent, slug=f"event-{n}", hero_image=image, start=start_at,
                end=start_at + datetime.timedelta(hours=8),
            )  # fmt: skip
            made["experience"] = factories.ExperiencePageFactory(
                parent=member, slug=f"experience-{n}", theme=theme, hero_image=image
            )
        if not FeaturedExperience.objects.exists():
            FeaturedExperience.objects.create(page=site_tree.home, experience=made["experience"], sort_order=0)
        content_changed()  # as their publication would: what was kept until content changes is read again

    return grow, made


PAGES = {
    "home": lambda t, m, made: t.home.url,
    "home_fr": lambda t, m, made: t.fr.home.url,
    "news": lambda t, m, made: t.news.url,
    "news_page_2": lambda t, m, made: t.news.url + "?page=2",
    "news_by_member": lambda t, m, made: t.news.url + f"?member={m.slug}",
    "news_by_region": lambda t, m, made: t.news.url + "?region=oriental",
    "news_by_category": lambda t, m, made: t.news.url + "?category=communique",
    "news_by_year": lambda t, m, made: t.news.url + "?year=2024",
    "bulletin": lambda t, m, made: made["news"].url,
    "network_bulletin": lambda t, m, made: made["network_news"].url,
    "events": lambda t, m, made: t.events.url,
    "event": lambda t, m, made: made["event"].url,
    "network_event": lambda t, m, made: made["network_event"].url,
    "experiences": lambda t, m, made: t.experiences.url,
    "experience": lambda t, m, made: made["experience"].url,
    "members": lambda t, m, made: t.members.url,
    "member": lambda t, m, made: m.url,
    "about": lambda t, m, made: t.about.url,
    "search": lambda t, m, made: "/ar/search/?q=بلاغ",
    # Nothing found: the page also counts each word alone and the other languages' results.
    "search_nothing_found": lambda t, m, made: "/ar/search/?q=كوكب المريخ",
    "search_empty": lambda t, m, made: "/ar/search/",
    "news_feed": lambda t, m, made: t.news.url + "feed/",
    "member_feed": lambda t, m, made: m.url + "feed/",
    "events_feed": lambda t, m, made: t.events.url + "feed/",
    "events_calendar": lambda t, m, made: t.events.url + "calendar/",
}


@pytest.mark.parametrize("name", PAGES)
def test_every_public_page_stays_within_the_query_budget(client, site_tree, member, content, name):
    grow, made = content
    first = 15 if name == "news_page_2" else 3
    grow(0, first)
    url = PAGES[name](site_tree, member, made)
    few = warm_queries(client, url)
    grow(first, 30)
    url = (
        PAGES[name](site_tree, member, made)
        if name in {"bulletin", "network_bulletin", "event", "network_event", "experience"}
        else url
    )
    many = warm_queries(client, url)
    listing = "\n".join(q["sql"][:160] for q in many)
    if name == "search":
        # PostgreSQL's search ranks every match while they are few, the newest ones past that (README, "Search at
        # scale"): a different plan, never more queries.
        assert len(many) <= len(few), f"{name}: {len(few)} queries with a few items, {len(many)} with 30\n{listing}"
    else:
        assert len(many) == len(few), f"{name}: {len(few)} queries with a few items, {len(many)} with 30\n{listing}"
    assert len(many) <= BUDGET, f"{name}: {len(many)} queries warm, over the budget of {BUDGET}\n{listing}"


def test_a_listing_is_bounded_and_says_where_older_items_are(client, site_tree, settings):
    settings.LISTING_MAX_PAGES = 2
    for n in range(30):
        factories.NewsPageFactory(parent=site_tree.news, slug=f"news-{n}", date=datetime.date(2024, 1, 1 + n))
    last = client.get(site_tree.news.url + "?page=2")
    assert last.status_code == 200
    assert last.context["items"].paginator.num_pages == 2
    assert "pagination__more" in last.content.decode()
    assert client.get(site_tree.news.url + "?page=3").status_code == 404
    # Older items are still reached through the filters.
    older = client.get(site_tree.news.url + "?year=2024&page=2")
    assert older.status_code == 200
    settings.LISTING_MAX_PAGES = 3
    assert "pagination__more" not in client.get(site_tree.news.url + "?page=3").content.decode()


def test_a_deeper_page_lists_the_next_items_newest_first(client, site_tree):
    """Pages after the first read their items' keys, then the items: the same items, in the same order."""
    for n in range(30):
        page = factories.NewsPageFactory(
            parent=site_tree.news, slug=f"news-{n}", title=f"بلاغ رقم {n}", date=datetime.date(2024, 1, 1 + n)
        )
        if n % 2:
            page.tags.add("الإنارة")
            page.save_revision().publish()
    second = client.get(site_tree.news.url + "?page=2")
    assert [item.title for item in second.context["items"]] == [f"بلاغ رقم {n}" for n in range(17, 5, -1)]
    third = client.get(site_tree.news.url + "?page=3")
    assert [item.title for item in third.context["items"]] == [f"بلاغ رقم {n}" for n in range(5, -1, -1)]
    # Filtered by a tag (a join that can repeat a bulletin): the 15 tagged ones, 12 then 3, none twice.
    tag = second.context["filter_form"].fields["tag"].choices[1][0]
    tagged = client.get(site_tree.news.url + f"?tag={tag}&page=2")
    assert [item.title for item in tagged.context["items"]] == ["بلاغ رقم 5", "بلاغ رقم 3", "بلاغ رقم 1"]


def test_the_news_filters_kept_in_the_cache_show_a_new_tag_once_it_is_published(client, site_tree):
    bulletin = factories.NewsPageFactory(parent=site_tree.news, slug="lighting")
    before = client.get(site_tree.news.url).context["filter_form"].fields["tag"].choices
    assert "الإنارة العمومية" not in [label for _slug, label in before]
    bulletin.tags.add("الإنارة العمومية")
    bulletin.save_revision().publish()
    after = client.get(site_tree.news.url).context["filter_form"].fields["tag"].choices
    assert "الإنارة العمومية" in [label for _slug, label in after]


@pytest.mark.parametrize("name, most", [("home", 3), ("member", 5)])
def test_the_home_and_a_members_page_read_only_what_their_kept_cards_do_not_hold(
    client, site_tree, member, content, name, most
):
    grow, made = content
    grow(0, 30)
    queries = warm_queries(client, PAGES[name](site_tree, member, made))
    listing = "\n".join(q["sql"][:160] for q in queries)
    assert len(queries) <= most, f"{name}: {len(queries)} queries warm\n{listing}"
