"""Every listing's SQL query count stays flat as its items grow from 5 to 50."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from experiences.models import ExperiencePage
from home.models import FeaturedExperience
from tests import factories


def count_queries(client, url):
    client.get(url)  # warm: renditions and per-process caches are created once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response


def grow(make, start, stop):
    for n in range(start, stop):
        make(n)


@pytest.fixture
def image():
    return factories.ImageFactory()


def news_maker(site_tree, member, image, category):
    def make(n):
        parent = member if n % 2 else site_tree.news
        factories.NewsPageFactory(
            parent=parent, slug=f"news-{n}", category=category, hero_image=image,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        )  # fmt: skip

    return make


def event_maker(site_tree, member, image):
    def make(n):
        parent = member if n % 2 else site_tree.events
        start = datetime.datetime(2020 + n % 10, 1, 1 + n % 28, 9, tzinfo=factories.CASABLANCA)
        if n % 3 == 0:  # some upcoming ones
            start = start.replace(year=2090)
        factories.EventPageFactory(
            parent=parent, slug=f"event-{n}", hero_image=image, start=start, end=start + datetime.timedelta(hours=8)
        )

    return make


def experience_maker(site_tree, member, image, theme):
    def make(n):
        factories.ExperiencePageFactory(parent=member, slug=f"experience-{n}", theme=theme, hero_image=image)

    return make


def member_maker(site_tree, image):
    codes = ["02.381.01.03", "09.273.01.05", "03.061.01.01", "11.321.01.03", "02"]

    def make(n):
        factories.MemberPageFactory(
            parent=site_tree.members, slug=f"member-{n}", hcp_code=codes[n % len(codes)], logo=image
        )

    return make


@pytest.mark.parametrize(
    "listing",
    ["home", "news", "news_filtered", "events", "experiences", "members", "member", "search"],
)
def test_listing_query_count_is_flat(client, site_tree, member, image, listing):
    category = factories.NewsCategoryFactory(slug="communique")
    theme = factories.ExperienceThemeFactory(slug="citizen-office")
    news = news_maker(site_tree, member, image, category)
    events = event_maker(site_tree, member, image)
    experiences = experience_maker(site_tree, member, image, theme)
    members = member_maker(site_tree, image)
    makers = {
        "home": [news, events, experiences],
        "news": [news],
        "news_filtered": [news],
        "events": [events],
        "experiences": [experiences],
        "members": [members],
        "member": [news, events, experiences],
        "search": [news],
    }[listing]
    for make in makers:
        grow(make, 0, 5)
    if listing == "home":
        for n, experience in enumerate(ExperiencePage.objects.all()[:3]):
            FeaturedExperience.objects.create(page=site_tree.home, experience=experience, sort_order=n)
    url = {
        "home": site_tree.home.url,
        "news": site_tree.news.url,
        "news_filtered": site_tree.news.url + "?category=communique&year=2024&region=oriental",
        "events": site_tree.events.url,
        "experiences": site_tree.experiences.url + "?theme=citizen-office",
        "members": site_tree.members.url,
        "member": member.url,
        "search": "/ar/search/?q=بلاغ رقم",  # the bulletins only: the news index is «بلاغات» too
    }[listing]
    few, response = count_queries(client, url)
    for make in makers:
        grow(make, 5, 50)
    many, response = count_queries(client, url)
    assert many == few, f"{listing}: {few} queries with 5 items, {many} with 50"
    assert few < 40, f"{listing} needs {few} queries"
