"""Share cards (Open Graph, Twitter) and structured data (JSON-LD) on every page type."""

import json
import re
from html.parser import HTMLParser

import pytest

from wagtail.models import Page

from events.models import EventPage
from members.models import MemberPage
from news.models import NewsPage
from tests import factories

ABSOLUTE = re.compile(r"^https?://[^/]+/")
OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$")


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}
        self.multi = {}
        self.canonical = None
        self.json_ld = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, attrs.get("content"))
            self.multi.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_ld[-1] += data


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    parser = Head()
    parser.feed(response.content.decode())
    parser.blocks = [json.loads(block) for block in parser.json_ld]
    return parser


def one_page_per_type():
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page).__name__, page.locale_id), page)
    return list(pages.values())


@pytest.mark.django_db
def test_every_page_type_has_its_share_card_with_absolute_addresses(client, demo):
    pages = one_page_per_type()
    assert len({type(page).__name__ for page in pages}) >= 10  # the open data page included
    for page in pages:
        head = head_of(client, page)
        code = page.locale.language_code
        for key in ("og:title", "og:url", "og:type", "og:site_name", "og:locale", "og:image", "og:image:alt"):
            assert head.meta.get(key), (page.url, key)
        assert head.meta["og:url"] == head.canonical == page.get_full_url()
        assert ABSOLUTE.match(head.meta["og:image"]), head.meta["og:image"]
        assert head.meta["og:image"].endswith(".jpg")
        assert int(head.meta["og:image:width"]) <= 1200 and int(head.meta["og:image:height"]) <= 631
        assert head.meta["og:locale"] == f"{code}_MA"
        assert head.multi["og:locale:alternate"] == ["fr_MA" if code == "ar" else "ar_MA"]
        assert head.meta["og:description"], page.url
        assert head.meta["twitter:card"] == "summary_large_image"
        assert head.meta["twitter:image"] == head.meta["og:image"]
        if isinstance(page, NewsPage):
            assert head.meta["og:type"] == "article"
            assert head.meta["article:published_time"].startswith(page.date.isoformat())
            assert OFFSET.match(head.meta["article:modified_time"])
        elif isinstance(page, (EventPage, MemberPage)):
            assert head.meta["og:type"] == "website"


@pytest.mark.django_db
def test_an_editor_overrides_what_a_shared_link_shows(client, site_tree):
    image = factories.ImageFactory(title="صورة المشاركة", file__width=1600, file__height=1000)
    bulletin = factories.NewsPageFactory(
        parent=site_tree.news, slug="shared", summary="ملخص البلاغ", share_title="عنوان للمشاركة",
        share_description="وصف للمشاركة", share_image=image,
    )  # fmt: skip
    head = head_of(client, bulletin)
    assert head.meta["og:title"] == head.meta["twitter:title"] == "عنوان للمشاركة"
    assert head.meta["og:description"] == "وصف للمشاركة"
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
    assert head.meta["og:image:alt"] == "صورة المشاركة"
    assert head.meta["og:url"] == "http://localhost/ar/news/shared/"
    assert "og:locale:alternate" not in head.meta  # not translated yet

    plain = factories.NewsPageFactory(parent=site_tree.news, slug="plain", summary="ملخص فقط")
    head = head_of(client, plain)
    assert head.meta["og:title"] == plain.title
    assert head.meta["og:description"] == "ملخص فقط"
    assert "og:image" not in head.meta and head.meta["twitter:card"] == "summary"


def blocks_by_type(head):
    found = {}
    for block in head.blocks:
        assert block["@context"] == "https://schema.org"
        found.setdefault(block["@type"], []).append(block)
    return found


def assert_breadcrumbs(block, page):
    items = block["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert all(item["@type"] == "ListItem" and item["name"] and ABSOLUTE.match(item["item"]) for item in items)
    assert items[-1]["item"] == page.get_full_url()


def assert_languages(names, codes=("ar", "fr")):
    assert {name["@language"] for name in names} == set(codes)
    assert all(name["@value"] for name in names)


@pytest.mark.django_db
def test_every_json_ld_block_parses_and_carries_what_its_type_requires(client, demo):
    seen = set()
    for page in one_page_per_type():
        head = head_of(client, page)
        found = blocks_by_type(head)
        assert len(found["BreadcrumbList"]) == 1, page.url
        assert_breadcrumbs(found["BreadcrumbList"][0], page)
        seen.update(found)
        kind = type(page).__name__
        if kind == "HomePage":
            (website,) = found["WebSite"]
            action = website["potentialAction"]
            assert action["@type"] == "SearchAction"
            assert "{search_term_string}" in action["target"]["urlTemplate"]
            assert action["query-input"] == "required name=search_term_string"
            (network,) = found["GovernmentOrganization"]
            assert_languages(network["name"])
            assert_languages(network["parentOrganization"]["name"])
            assert ABSOLUTE.match(network["logo"]["url"])
        elif kind == "NewsPage":
            (article,) = found["NewsArticle"]
            for key in ("headline", "datePublished", "dateModified", "author", "publisher", "url"):
                assert article[key], (page.url, key)
            assert len(article["headline"]) <= 110
            assert article["publisher"]["@type"] == "GovernmentOrganization"
            assert ABSOLUTE.match(article["publisher"]["logo"]["url"])
            expected_author = page.member.title if page.member else article["publisher"]["name"]
            assert article["author"]["name"] == expected_author
        elif kind == "EventPage":
            (event,) = found["Event"]
            for key in ("name", "startDate", "endDate", "location", "organizer", "eventStatus", "url"):
                assert event[key], (page.url, key)
            assert OFFSET.match(event["startDate"]) and OFFSET.match(event["endDate"])
            assert event["eventStatus"].startswith("https://schema.org/Event")
            assert event["location"]["address"]["addressLocality"] == page.city
            assert event["location"]["address"]["addressCountry"] == "MA"
        elif kind == "MemberPage":
            (organisation,) = found["GovernmentOrganization"]
            assert_languages(organisation["name"])
            assert organisation["identifier"]["value"] == page.hcp_code
            assert organisation["memberOf"]["@type"] == "GovernmentOrganization"
            if page.website:
                assert organisation["sameAs"] == [page.website]
            if page.kind != "region":
                assert_languages(organisation["parentOrganization"]["name"])
        elif kind == "OpenDataPage":
            (catalogue,) = found["DataCatalog"]
            assert len(catalogue["dataset"]) == 5
            for dataset in catalogue["dataset"]:
                assert dataset["license"]
                assert all(ABSOLUTE.match(d["contentUrl"]) for d in dataset["distribution"])
    assert {"WebSite", "NewsArticle", "Event", "GovernmentOrganization", "Article", "DataCatalog"} <= seen


@pytest.mark.django_db
def test_a_meetings_workshops_are_its_sub_events(client, demo):
    meeting = EventPage.objects.get(slug="saidia-national-meeting-2024", locale__language_code="fr")
    workshops = list(EventPage.objects.child_of(meeting).live())
    assert workshops
    (event,) = blocks_by_type(head_of(client, meeting))["Event"]
    assert [sub["url"] for sub in event["subEvent"]] == [w.get_full_url() for w in workshops]
    (sub,) = blocks_by_type(head_of(client, workshops[0]))["Event"]
    assert sub["superEvent"]["url"] == meeting.get_full_url()


@pytest.mark.django_db
def test_json_ld_cannot_be_closed_by_a_title(client, site_tree):
    bulletin = factories.NewsPageFactory(parent=site_tree.news, slug="x", title="</script><script>alert(1)</script>")
    html = client.get(bulletin.url).content.decode()
    assert "<script>alert(1)" not in html
    head = head_of(client, bulletin)
    assert blocks_by_type(head)["NewsArticle"][0]["headline"] == bulletin.title
