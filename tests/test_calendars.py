"""Calendars read back with icalendar: one `.ics` per event, subscribable calendars per language and member.

The Saïdia meeting of 12–13 November 2024 stays on those days in Casablanca time; its workshop is an event of
its own, related to it; a day-long event is written as all-day dates; every event has a stable id.
"""

import datetime
import re
import zoneinfo
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import NetworkSettings
from tests import factories

CASABLANCA = zoneinfo.ZoneInfo("Africa/Casablanca")
HOST = "http://localhost"


def at(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=CASABLANCA)


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, icalendar.Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def saidia(site_tree):
    NetworkSettings.objects.update_or_create(
        site=site_tree.home.get_site(), defaults={"contact_email": "rmcto@dgct.ma"}
    )
    meeting = factories.EventPageFactory(
        parent=site_tree.events,
        title="الملتقى الوطني للشبكة بالسعيدية",
        slug="saidia",
        start=at("2024-11-12T09:00"),
        end=at("2024-11-13T18:00"),
        venue="فندق",
        city="السعيدية",
        summary="اللقاء الوطني السنوي للشبكة.",
        organisers="المديرية العامة للجماعات الترابية",
    )
    workshop = factories.EventPageFactory(
        parent=meeting,
        title="ورشة التواصل",
        slug="atelier",
        start=at("2024-11-12T14:30"),
        end=at("2024-11-12T17:00"),
        city="السعيدية",
    )
    return meeting, workshop


def test_an_events_ics_keeps_its_days_in_casablanca_time(client, saidia):
    meeting, _workshop = saidia
    response, calendar = read_calendar(client, "/ar/events/saidia/calendar/")
    assert 'filename="saidia.ics"' in response["Content-Disposition"]
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    start, end = event["DTSTART"], event["DTEND"]
    assert start.params["TZID"] == "Africa/Casablanca" and end.params["TZID"] == "Africa/Casablanca"
    assert start.dt == at("2024-11-12T09:00") and end.dt == at("2024-11-13T18:00")
    assert (start.dt.date(), end.dt.date()) == (datetime.date(2024, 11, 12), datetime.date(2024, 11, 13))
    assert start.dt.utcoffset() == datetime.timedelta(hours=1)
    raw = response.content.decode()
    assert "DTSTART;TZID=Africa/Casablanca:20241112T090000" in raw
    assert "DTEND;TZID=Africa/Casablanca:20241113T180000" in raw
    # The time zone travels with the file, for calendars that do not know it.
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Africa/Casablanca"]
    assert str(event["LOCATION"]) == "فندق، السعيدية"
    assert str(event["URL"]) == f"{HOST}/ar/events/saidia/"
    assert "اللقاء الوطني السنوي للشبكة." in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:rmcto@dgct.ma"
    assert event["ORGANIZER"].params["CN"] == "المديرية العامة للجماعات الترابية"
    assert calendar["X-WR-TIMEZONE"] == "Africa/Casablanca"


def test_an_events_uid_stays_when_its_slug_changes(client, site_tree, saidia):
    meeting, _workshop = saidia
    _response, calendar = read_calendar(client, "/ar/events/saidia/calendar/")
    uid = str(calendar.walk("VEVENT")[0]["UID"])
    meeting.slug = "saidia-2024"
    meeting.save_revision().publish()
    _response, again = read_calendar(client, "/ar/events/saidia-2024/calendar/")
    assert str(again.walk("VEVENT")[0]["UID"]) == uid


def test_a_workshop_is_its_own_event_related_to_its_meeting(client, saidia):
    meeting, workshop = saidia
    _response, calendar = read_calendar(client, "/ar/events/saidia/atelier/calendar/")
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].dt == at("2024-11-12T14:30")
    assert event["DTEND"].dt == at("2024-11-12T17:00")
    _response, parent = read_calendar(client, "/ar/events/saidia/calendar/")
    assert str(event["RELATED-TO"]) == str(parent.walk("VEVENT")[0]["UID"])
    assert event["RELATED-TO"].params["RELTYPE"] == "PARENT"


def test_a_day_long_event_has_all_day_dates(client, site_tree):
    factories.EventPageFactory(
        parent=site_tree.events, slug="forum", title="منتدى", start=at("2025-03-04T00:00"), end=at("2025-03-05T23:59")
    )
    response, calendar = read_calendar(client, "/ar/events/forum/calendar/")
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].dt == datetime.date(2025, 3, 4)
    # An all-day end is exclusive: the forum fills the 4th and the 5th.
    assert event["DTEND"].dt == datetime.date(2025, 3, 6)
    assert "DTSTART;VALUE=DATE:20250304" in response.content.decode()


def test_the_subscribable_calendar_has_upcoming_and_recent_events_of_its_language(client, site_tree, member):
    now = timezone.localtime()
    upcoming = factories.EventPageFactory(
        parent=site_tree.events, slug="next", title="الملتقى المقبل", start=now + datetime.timedelta(days=30),
        end=now + datetime.timedelta(days=31),
    )  # fmt: skip
    workshop = factories.EventPageFactory(
        parent=upcoming, slug="w", title="ورشة الملتقى المقبل", start=now + datetime.timedelta(days=30),
        end=now + datetime.timedelta(days=30, hours=2),
    )  # fmt: skip
    recent = factories.EventPageFactory(
        parent=member, slug="recent", title="لقاء الشهر الماضي", start=now - datetime.timedelta(days=40),
        end=now - datetime.timedelta(days=39),
    )  # fmt: skip
    factories.EventPageFactory(
        parent=site_tree.events, slug="old", title="لقاء قديم", start=now - datetime.timedelta(days=800),
        end=now - datetime.timedelta(days=799),
    )  # fmt: skip
    factories.EventPageFactory(
        parent=site_tree.fr.events, locale=site_tree.locales.fr, slug="fr", title="Rencontre", start=upcoming.start,
        end=upcoming.end,
    )  # fmt: skip
    response, calendar = read_calendar(client, "/ar/events/calendar/")
    assert set(events_of(calendar)) == {upcoming.title, workshop.title, recent.title}
    assert "inline" in response["Content-Disposition"]
    assert str(calendar["REFRESH-INTERVAL"].to_ical().decode()) == "PT6H"
    assert site_tree.events.title in str(calendar["X-WR-CALNAME"])

    _response, french = read_calendar(client, "/fr/events/calendar/")
    assert set(events_of(french)) == {"Rencontre"}

    _response, members = read_calendar(client, "/ar/members/bni-ansar/calendar/")
    assert set(events_of(members)) == {recent.title}


def test_the_event_page_offers_its_ics_and_google_calendar(client, saidia):
    response = client.get("/ar/events/saidia/")
    html = response.content.decode()
    assert 'href="http://localhost/ar/events/saidia/calendar/"' in html
    [google] = re.findall(r'href="(https://calendar\.google\.com/[^"]+)"', html)
    query = parse_qs(urlsplit(google.replace("&amp;", "&")).query)
    assert query["dates"] == ["20241112T090000/20241113T180000"]
    assert query["ctz"] == ["Africa/Casablanca"]
    assert query["text"] == ["الملتقى الوطني للشبكة بالسعيدية"]
    assert "مفكرة غوغل" in html


@pytest.mark.parametrize("url", ["/ar/events/calendar/", "/ar/members/bni-ansar/calendar/"])
def test_calendar_query_count_is_flat(client, site_tree, member, url):
    now = timezone.now()

    def grow(start, stop):
        for n in range(start, stop):
            parent = member if n % 2 else site_tree.events
            begins = now + datetime.timedelta(days=n + 1)
            factories.EventPageFactory(parent=parent, slug=f"e-{n}", start=begins, end=begins)

    grow(0, 4)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        read_calendar(client, url)
    grow(4, 30)
    with CaptureQueriesContext(connection) as many:
        _response, calendar = read_calendar(client, url)
    assert len(calendar.walk("VEVENT")) >= 15
    assert len(many) == len(few), f"{url}: {len(few)} queries, then {len(many)}"
