"""Done when: from the Bni Ansar page of the demo site, a citizen subscribes in Arabic to its bulletins by feed
and by email, and adds the network's next meeting to their phone's calendar, following only the page's links."""

import datetime
import re

import feedparser
import icalendar
import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage
from members.models import MemberPage
from tests import factories
from tests.page_links import alternates, links_of

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"http://localhost(/ar/alerts/confirm/[^\s]+/)")


def local(url):
    return url.removeprefix("http://localhost")


def published(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def bni_ansar(demo):
    cache.clear()
    return MemberPage.objects.get(slug="bni-ansar", locale__language_code="ar")


def test_from_the_bni_ansar_page_by_feed(client, bni_ansar):
    bulletin = published(factories.NewsPageFactory(parent=bni_ansar, title="بلاغ جماعة بني أنصار", slug="b1"))
    page = client.get("/ar/members/bni-ansar/")
    assert page.status_code == 200
    [feed_url, _events_feed] = alternates(page, "application/rss+xml")
    hrefs = [a.get("href") for a in links_of(page).anchors]
    assert feed_url in hrefs  # the visible "follow" link, not only the <head>
    feed = feedparser.parse(client.get(local(feed_url)).content)
    assert feed.feed.language == "ar"
    assert [entry.title for entry in feed.entries] == [bulletin.title]
    assert feed.entries[0].link == bulletin.get_full_url()


def test_from_the_bni_ansar_page_by_email(client, bni_ansar):
    page = client.get("/ar/members/bni-ansar/")
    [alerts] = [a["href"] for a in links_of(page).anchors if a.get("href", "").startswith("/ar/alerts/")]
    form = client.get(alerts)
    assert re.search(r'value="bni-ansar"[^>]* checked', form.content.decode())
    response = client.post(
        alerts.split("?")[0], {"email": "mouwatin@example.ma", "members": ["bni-ansar"], "consent": "on"}
    )
    assert response.status_code == 200
    [confirmation] = mail.outbox
    assert "أكد اشتراكك" in confirmation.subject
    client.post(CONFIRM_LINK.search(confirmation.body).group(1))

    bulletin = published(factories.NewsPageFactory(parent=bni_ansar, title="بلاغ جديد لبني أنصار", slug="b2"))
    call_command("send_alerts")
    assert len(mail.outbox) == 2
    digest = mail.outbox[1]
    assert digest.to == ["mouwatin@example.ma"] and bulletin.title in digest.body
    call_command("send_alerts")
    assert len(mail.outbox) == 2


def test_from_the_bni_ansar_page_the_networks_next_meeting_into_a_calendar(client, bni_ansar):
    events = EventIndexPage.objects.get(locale__language_code="ar")
    start = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=20)
    meeting = published(
        factories.EventPageFactory(
            parent=events,
            title="الملتقى الوطني المقبل للشبكة",
            slug="next-national-meeting",
            start=start,
            end=start + datetime.timedelta(days=1, hours=9),
            city="الرباط",
        )
    )
    page = client.get("/ar/members/bni-ansar/").content.decode()
    assert meeting.title in page
    ics = re.search(r'<section class="next-event".*?href="([^"]+/calendar/)"', page, re.S).group(1)
    response = client.get(local(ics))
    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert event["DTSTART"].dt == start and event["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert event["DTEND"].dt.date() == (start + datetime.timedelta(days=1)).date()
    assert 'href="https://calendar.google.com/calendar/render?' in page
