"""Feeds (RSS 2.0 and Atom) read back as a feed reader reads them, with feedparser.

Every feed carries the right entries for its filter and language, absolute links on the site's host,
dates with Casablanca's offset, summaries marked with their direction and the main image as an enclosure;
its page announces it in the <head> and shows a follow link; an unknown filter is a 404; its query count
stays flat as items grow.
"""

import datetime
import re

import feedparser
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.page_links import alternates, links_of
from tests.site import translate

HOST = "http://localhost"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


def titles(feed):
    return {entry.title for entry in feed.entries}


@pytest.fixture
def news(site_tree, member):
    """Bulletins of Bni Ansar (in the Oriental region), of the network, and one in French."""
    communique = factories.NewsCategoryFactory(name="بلاغ", slug="communique")
    services = factories.NewsCategoryFactory(name="خدمات", slug="services")
    image = factories.ImageFactory()
    member_news = factories.NewsPageFactory(
        parent=member,
        title="بلاغ بني أنصار حول الإنارة",
        slug="eclairage",
        category=communique,
        hero_image=image,
        summary="ملخص بلاغ بني أنصار",
        date=datetime.date(2024, 11, 14),
    )
    network_news = factories.NewsPageFactory(
        parent=site_tree.news, title="بلاغ الشبكة", slug="reseau", category=services, date=datetime.date(2024, 11, 10)
    )
    french = factories.NewsPageFactory(
        parent=site_tree.fr.news,
        locale=site_tree.locales.fr,
        title="Communiqué du réseau",
        slug="communique-fr",
        summary="Un communiqué en français.",
    )
    return member_news, network_news, french


def test_all_bulletins_of_a_language_in_rss(client, site_tree, news):
    member_news, network_news, _french = news
    response, feed = parse(client, "/ar/news/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.language == "ar"
    assert site_tree.news.title in feed.feed.title
    assert feed.feed.link == f"{HOST}/ar/news/"
    assert titles(feed) == {member_news.title, network_news.title}
    entry = next(e for e in feed.entries if e.title == member_news.title)
    assert entry.link == f"{HOST}/ar/members/bni-ansar/eclairage/"
    assert entry.author == "جماعة بني أنصار"
    assert [tag.term for tag in entry.tags] == ["بلاغ"]
    # The summary says its language and direction, so that it reads right to left in any reader.
    assert 'dir="rtl"' in entry.summary and 'lang="ar"' in entry.summary
    assert "ملخص بلاغ بني أنصار" in entry.summary
    # The id stays whatever the slug or host becomes.
    assert entry.id.startswith("urn:uuid:")
    # The main image, as a JPEG at an absolute address.
    [enclosure] = entry.enclosures
    assert enclosure.href.startswith(f"{HOST}/media/images/") and enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0


def test_pub_dates_carry_casablancas_offset(client, site_tree, news):
    member_news, _network_news, _french = news
    raw = client.get("/ar/news/feed/").content.decode()
    # Dated 14 November 2024, first published on another day: the start of that day in Casablanca (UTC+1).
    assert "<pubDate>Thu, 14 Nov 2024 00:00:00 +0100</pubDate>" in raw
    atom = client.get("/ar/news/feed/atom/").content.decode()
    assert "<published>2024-11-14T00:00:00+01:00</published>" in atom


def test_a_bulletin_published_on_its_day_keeps_its_time(client, site_tree, member):
    bulletin = factories.NewsPageFactory(parent=member, slug="today", date=datetime.date.today())
    _response, feed = parse(client, "/ar/news/feed/")
    [entry] = [e for e in feed.entries if e.title == bulletin.title]
    published = datetime.datetime.fromisoformat(
        client.get("/ar/news/feed/atom/").content.decode().split("<published>")[1].split("</published>")[0]
    )
    assert published.date() == datetime.date.today()
    assert published.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(0))
    assert entry.published_parsed is not None


def test_atom_feed(client, site_tree, news):
    member_news, network_news, _french = news
    response, feed = parse(client, "/ar/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.language == "ar"
    assert titles(feed) == {member_news.title, network_news.title}
    entry = next(e for e in feed.entries if e.title == member_news.title)
    assert entry.link == f"{HOST}/ar/members/bni-ansar/eclairage/"
    assert any(link.rel == "enclosure" for link in entry.links)


def test_french_feed_has_french_bulletins_and_title(client, site_tree, news):
    *_arabic, french = news
    _response, feed = parse(client, "/fr/news/feed/")
    assert feed.feed.language == "fr"
    assert titles(feed) == {french.title}
    assert "Réseau marocain des collectivités territoriales ouvertes" in feed.feed.title
    assert 'dir="ltr"' in feed.entries[0].summary


def test_category_region_and_member_feeds(client, site_tree, member, news):
    member_news, network_news, _french = news
    _response, by_category = parse(client, "/ar/news/feed/category/communique/")
    assert titles(by_category) == {member_news.title}
    assert "بلاغ" in by_category.feed.title
    _response, by_category = parse(client, "/ar/news/feed/category/services/atom/")
    assert titles(by_category) == {network_news.title}
    _response, by_region = parse(client, "/ar/news/feed/region/oriental/")
    assert titles(by_region) == {member_news.title}
    assert "جهة الشرق" in by_region.feed.title
    _response, by_member = parse(client, "/ar/members/bni-ansar/feed/")
    assert titles(by_member) == {member_news.title}
    assert by_member.feed.link == f"{HOST}/ar/members/bni-ansar/"
    assert "جماعة بني أنصار" in by_member.feed.title
    _response, by_member = parse(client, "/ar/members/bni-ansar/feed/atom/")
    assert titles(by_member) == {member_news.title}


@pytest.mark.parametrize(
    "url",
    [
        "/ar/news/feed/category/no-such-category/",
        "/ar/news/feed/region/no-such-region/",
        "/ar/news/feed/category/no-such-category/atom/",
        "/ar/members/no-such-member/feed/",
        "/ar/members/no-such-member/feed/events/",
        "/ar/members/no-such-member/calendar/",
        "/ar/news/feed/nonsense/",
    ],
)
def test_unknown_member_or_category_is_a_404_in_the_visitors_language(client, site_tree, member, url):
    response = client.get(url)
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_category_of_the_other_language_is_unknown(client, site_tree, news):
    factories.NewsCategoryFactory(locale=site_tree.locales.fr, name="Annonces", slug="annonces")
    assert client.get("/ar/news/feed/category/annonces/").status_code == 404
    assert client.get("/fr/news/feed/category/annonces/").status_code == 200


def test_titles_are_plain_text(client, site_tree):
    factories.NewsPageFactory(parent=site_tree.news, title="Eau & assainissement <2024>", slug="eau")
    _response, feed = parse(client, "/ar/news/feed/")
    assert feed.entries[0].title == "Eau & assainissement <2024>"


def test_events_and_experiences_feeds(client, site_tree, member):
    meeting = factories.EventPageFactory(parent=site_tree.events, title="الملتقى الوطني", slug="saidia")
    workshop = factories.EventPageFactory(parent=meeting, title="ورشة التواصل", slug="atelier")
    member_event = factories.EventPageFactory(parent=member, title="لقاء بني أنصار", slug="liqa")
    theme = factories.ExperienceThemeFactory(name="مكتب المواطن")
    experience = factories.ExperiencePageFactory(parent=member, title="مكتب المواطن ببني أنصار", theme=theme)

    _response, events = parse(client, "/ar/events/feed/")
    assert titles(events) == {meeting.title, workshop.title, member_event.title}
    entry = next(e for e in events.entries if e.title == workshop.title)
    # When and where, in Arabic, and which meeting a workshop belongs to.
    assert "من 12 إلى 13 نونبر 2024" in entry.summary
    assert "السعيدية" in entry.summary
    assert meeting.title in entry.summary
    _response, events = parse(client, "/ar/events/feed/atom/")
    assert len(events.entries) == 3
    _response, member_events = parse(client, "/ar/members/bni-ansar/feed/events/")
    assert titles(member_events) == {member_event.title}
    _response, member_events = parse(client, "/ar/members/bni-ansar/feed/events/atom/")
    assert titles(member_events) == {member_event.title}

    _response, experiences = parse(client, "/ar/experiences/feed/")
    assert titles(experiences) == {experience.title}
    assert [tag.term for tag in experiences.entries[0].tags] == ["مكتب المواطن"]
    _response, experiences = parse(client, "/ar/experiences/feed/atom/")
    assert titles(experiences) == {experience.title}


# ---------- the pages announce and show their feeds ----------


def test_news_index_announces_its_feeds_and_shows_a_follow_link(client, site_tree, news):
    response = client.get("/ar/news/")
    assert alternates(response, "application/rss+xml") == [f"{HOST}/ar/news/feed/"]
    assert alternates(response, "application/atom+xml") == [f"{HOST}/ar/news/feed/atom/"]
    html = response.content.decode()
    assert 'class="follow"' in html and 'class="icon follow__icon"' in html
    hrefs = [a.get("href") for a in links_of(response).anchors]
    assert f"{HOST}/ar/news/feed/" in hrefs
    assert "/ar/alerts/?network=1" in hrefs


def test_a_filtered_news_index_announces_the_filters_feed_first(client, site_tree, member, news):
    response = client.get("/ar/news/?category=communique")
    assert alternates(response, "application/rss+xml") == [
        f"{HOST}/ar/news/feed/category/communique/",
        f"{HOST}/ar/news/feed/",
    ]
    response = client.get("/ar/news/?region=oriental")
    assert alternates(response, "application/rss+xml")[0] == f"{HOST}/ar/news/feed/region/oriental/"
    response = client.get("/ar/news/?member=bni-ansar")
    assert alternates(response, "application/rss+xml")[0] == f"{HOST}/ar/members/bni-ansar/feed/"
    assert "/ar/alerts/?member=bni-ansar" in [a.get("href") for a in links_of(response).anchors]
    # An unknown filter value: 400, and the page still announces the feed of all bulletins.
    response = client.get("/ar/news/?category=nope")
    assert response.status_code == 400
    assert alternates(response, "application/rss+xml") == [f"{HOST}/ar/news/feed/"]


def test_member_page_announces_and_shows_its_feeds_calendar_and_alerts(client, site_tree, member):
    response = client.get("/ar/members/bni-ansar/")
    assert alternates(response, "application/rss+xml") == [
        f"{HOST}/ar/members/bni-ansar/feed/",
        f"{HOST}/ar/members/bni-ansar/feed/events/",
    ]
    assert alternates(response, "text/calendar") == [f"{HOST}/ar/members/bni-ansar/calendar/"]
    hrefs = [a.get("href") for a in links_of(response).anchors]
    assert "webcal://localhost/ar/members/bni-ansar/calendar/" in hrefs
    assert "/ar/alerts/?member=bni-ansar" in hrefs
    assert "تابعوا هذا العضو" in response.content.decode()


def test_event_index_announces_its_feed_and_calendar(client, site_tree):
    response = client.get("/ar/events/")
    assert alternates(response, "application/rss+xml") == [f"{HOST}/ar/events/feed/"]
    assert alternates(response, "text/calendar") == [f"{HOST}/ar/events/calendar/"]
    assert "webcal://localhost/ar/events/calendar/" in [a.get("href") for a in links_of(response).anchors]


def test_experience_index_announces_its_feed(client, site_tree):
    response = client.get("/ar/experiences/")
    assert alternates(response, "application/rss+xml") == [f"{HOST}/ar/experiences/feed/"]


def test_feeds_follow_the_sites_host(client, site_tree, news):
    site = site_tree.home.get_site()
    site.hostname, site.port = "rmcto.example.ma", 443
    site.save()
    _response, feed = parse(client, "/ar/news/feed/")
    assert feed.feed.link == "https://rmcto.example.ma/ar/news/"
    assert all(entry.link.startswith("https://rmcto.example.ma/ar/") for entry in feed.entries)
    assert all(e.enclosures[0].href.startswith("https://rmcto.example.ma/media/") for e in feed.entries if e.enclosures)


def test_a_translated_member_has_its_feed_in_french(client, site_tree, member):
    member_fr = translate(member, site_tree.locales.fr)
    factories.NewsPageFactory(parent=member_fr, locale=site_tree.locales.fr, title="Communiqué de Bni Ansar")
    _response, feed = parse(client, "/fr/members/bni-ansar/feed/")
    assert feed.feed.language == "fr"
    assert titles(feed) == {"Communiqué de Bni Ansar"}
    assert "Communiqués de" in feed.feed.title


# ---------- cost ----------


FEEDS = {
    "news": "/ar/news/feed/",
    "news_atom": "/ar/news/feed/atom/",
    "news_category": "/ar/news/feed/category/communique/",
    "news_region": "/ar/news/feed/region/oriental/",
    "member": "/ar/members/bni-ansar/feed/",
    "member_events": "/ar/members/bni-ansar/feed/events/",
    "events": "/ar/events/feed/",
    "experiences": "/ar/experiences/feed/atom/",
}


def count_queries(client, url):
    client.get(url)  # warm: renditions are made once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return captured


@pytest.mark.parametrize("name", FEEDS)
def test_feed_query_count_is_flat_and_loads_no_streamfield(client, site_tree, member, name):
    category = factories.NewsCategoryFactory(slug="communique")
    theme = factories.ExperienceThemeFactory()
    image = factories.ImageFactory()

    def grow(start, stop):
        for n in range(start, stop):
            parent = member if n % 2 else site_tree.news
            factories.NewsPageFactory(parent=parent, slug=f"news-{n}", category=category, hero_image=image)
            parent = member if n % 2 else site_tree.events
            start_at = datetime.datetime(2024, 1, 1 + n % 28, 9, tzinfo=factories.CASABLANCA)
            factories.EventPageFactory(parent=parent, slug=f"event-{n}", hero_image=image, start=start_at, end=start_at)
            factories.ExperiencePageFactory(parent=member, slug=f"experience-{n}", theme=theme, hero_image=image)

    grow(0, 4)
    few = count_queries(client, FEEDS[name])
    grow(4, 36)
    many = count_queries(client, FEEDS[name])
    assert len(many) == len(few), f"{name}: {len(few)} queries with 4 items, {len(many)} with 36"
    assert len(few) < 20, f"{name} needs {len(few)} queries"
    # No StreamField of an item or of a related page (a workshop's meeting) is read; Wagtail's own routing loads
    # the home page, whose body is not the feed's business.
    streamfields = re.compile(r'\."(body|programme|what_was_done)"')
    loaded = [q["sql"] for q in many if streamfields.search(q["sql"]) and '"home_homepage"' not in q["sql"]]
    assert not loaded, "a feed loaded a StreamField"
