"""Events as calendars (iCalendar, RFC 5545) and as feeds: one `.ics` per event, subscribable calendars.

Times are written in Casablanca time with their time zone (`DTSTART;TZID=Africa/Casablanca:20241112T090000`
and a VTIMEZONE), so a meeting of 12–13 November 2024 in Saïdia stays on those days in every calendar. An
event that fills whole days (from midnight to midnight, or 23:59) is written as all-day dates. A meeting's
workshops are events of their own, related to it (`RELATED-TO`).
"""

import datetime
from urllib.parse import urlencode

import icalendar

from django.conf import settings
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from core.caching import cached, timely_timeout
from core.dates import format_date_range
from core.models import NetworkSettings
from core.syndication import (
    FEED_ITEMS,
    FeedSource,
    Follow,
    PageFeed,
    feed_links,
    in_casablanca,
    network_name,
    stable_uuid,
)
from members import routes

# A subscribed calendar shows every upcoming event and those of the past year.
CALENDAR_PAST_DAYS = 365
# How often a calendar application should fetch a subscribed calendar again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def _event_model():
    from events.models import EventPage

    return EventPage


# A workshop names its meeting; the meeting's own StreamFields are never shown with it.
PARENT_STREAMFIELDS = ("parent_event__body", "parent_event__programme")


def calendar_items(queryset):
    """Events of `queryset` worth a subscribed calendar: upcoming ones and those of the past year."""
    since = timezone.now() - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    return (
        queryset.live()
        .public()
        .defer_streamfields()
        .filter(end__gte=since)
        .select_related("member", "parent_event", "locale")
        .defer(*PARENT_STREAMFIELDS)
        .order_by("start", "pk")
    )


def is_whole_day(event):
    start, end = in_casablanca(event.start), in_casablanca(event.end)
    return start.time() == datetime.time.min and end.time() in (
        datetime.time.min,
        datetime.time(23, 59),
        datetime.time(23, 59, 59),
    )


def event_dates(event):
    """(start, end, all_day): datetimes in Casablanca time, or dates with an exclusive end for all-day events."""
    start, end = in_casablanca(event.start), in_casablanca(event.end)
    if not is_whole_day(event):
        return start, end, False
    first = start.date()
    # An end at midnight closes the day before it; an end at 23:59 closes its own day.
    last = end.date() if end.time() == datetime.time.min else end.date() + datetime.timedelta(days=1)
    return first, max(last, first + datetime.timedelta(days=1)), True


def location(event):
    separator = "، " if event.locale.language_code == "ar" else ", "
    return separator.join(part for part in (event.venue, event.city) if part)


def organizer(event, request):
    """The organiser's name and an address to write to: the member's focal point, else the network's contact."""
    name = event.organisers or (event.member.title if event.member_id else network_name())
    email = event.member.focal_point_email if event.member_id else ""
    if not email and request is not None:
        email = NetworkSettings.for_request(request).contact_email
    return name, email or settings.DEFAULT_FROM_EMAIL


def vevent(event, request, language):
    url = event.get_full_url(request)
    start, end, _all_day = event_dates(event)
    component = icalendar.Event()
    component.add("uid", str(stable_uuid(event.translation_key, language)))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.first_published_at:
        component.add("created", event.first_published_at)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("summary", event.title)
    component.add("dtstart", start)
    component.add("dtend", end)
    if event.venue or event.city:
        component.add("location", location(event))
    component.add("url", url)
    component.add("description", f"{event.summary}\n\n{url}")
    name, email = organizer(event, request)
    component.add("organizer", f"mailto:{email}", parameters={"cn": name})
    component.add("status", "CONFIRMED")
    if event.parent_event_id:
        parent_uid = str(stable_uuid(event.parent_event.translation_key, language))
        component.add("related-to", parent_uid, parameters={"reltype": "PARENT"})
    return component


def calendar_response(request, events, name, description, filename, attachment=False):
    language = translation.get_language()
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//{language}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("description", description)
    calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"value": "DURATION"})
    calendar.add("x-published-ttl", REFRESH_INTERVAL)
    for event in events:
        calendar.add_component(vevent(event, request, language))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, f"{filename}.ics")
    response["Cache-Control"] = "public, max-age=600"
    return response


def event_ics(event, request):
    """The `.ics` of one event, to add it to a calendar."""
    with translation.override(event.locale.language_code):
        events = (
            _event_model()
            .objects.filter(pk=event.pk)
            .defer_streamfields()
            .select_related("member", "parent_event", "locale")
            .defer(*PARENT_STREAMFIELDS)
        )
        return calendar_response(request, events, event.title, event.summary, event.slug, attachment=True)


def google_calendar_url(event, request):
    """Google Calendar's "add an event" form, filled in: for visitors who use it rather than `.ics` files."""
    start, end, all_day = event_dates(event)
    layout = "%Y%m%d" if all_day else "%Y%m%dT%H%M%S"
    url = event.get_full_url(request)
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{start.strftime(layout)}/{end.strftime(layout)}",
        "ctz": settings.TIME_ZONE,
        "details": f"{event.summary}\n\n{url}",
        "location": location(event),
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def index_calendar(index, request):
    events = calendar_items(_event_model().objects.filter(locale_id=index.locale_id))
    with translation.override(index.locale.language_code):
        name = f"{index.title} — {network_name()}"
        return calendar_response(request, events, name, calendar_description(), f"{index.slug}-calendar")


def calendar_description():
    return _("Upcoming events of the network and its members, and those of the past year.")


# --- feeds ----------------------------------------------------------------------------------


class EventFeed(PageFeed):
    """Events as they are announced, newest announcement first; each says when and where."""

    def item_extra_lines(self, item):
        lines = [format_date_range(in_casablanca(item.start), in_casablanca(item.end), self.language)]
        place = location(item)
        if place:
            lines.append(place)
        if item.parent_event_id:
            lines.append(_("Part of %(event)s") % {"event": item.parent_event.title})
        return lines


def feed_items(queryset):
    items = queryset.for_listing().select_related("parent_event").defer(*PARENT_STREAMFIELDS)
    return items.order_by("-first_published_at", "-pk")[:FEED_ITEMS]


def serve_feed(request, page, title, description, items, atom=False):
    return EventFeed(atom=atom)(request, FeedSource(page=page, title=title, description=description, items=items))


def index_feed(index, request, atom=False):
    items = feed_items(_event_model().objects.filter(locale_id=index.locale_id))
    description = index.introduction or _("The meetings, forums and workshops of the network and its members.")
    return serve_feed(request, index, index.title, description, items, atom)


def index_follow(index, request):
    return [
        feed_links(index, request, index.title, "feed", "feed_atom"),
        Follow(Follow.CALENDAR, _("Calendar of events"), index.route_url(request, "calendar")),
    ]


# --- under a member's page ----------------------------------------------------------------


def member_events_title(member):
    return _("Events of %(member)s") % {"member": member.title}


def member_feed(member, request, atom=False):
    items = feed_items(_event_model().objects.filter(member=member))
    return serve_feed(request, member, member_events_title(member), member_events_title(member), items, atom)


def member_feed_atom(member, request):
    return member_feed(member, request, atom=True)


def member_calendar(member, request):
    events = calendar_items(_event_model().objects.filter(member=member))
    with translation.override(member.locale.language_code):
        name = f"{member_events_title(member)} — {network_name()}"
        return calendar_response(request, events, name, member_events_title(member), f"{member.slug}-calendar")


def next_network_event(locale_id):
    """The network's next meeting in a language: its own events, not a member's, nor a meeting's workshop.

    Every member page shows it: kept until content changes, and a minute at most, as the meeting passes.
    """

    def read():
        return (
            _event_model()
            .objects.live()
            .public()
            .defer_streamfields()
            .filter(locale_id=locale_id, member__isnull=True, parent_event__isnull=True, end__gte=timezone.now())
            .select_related("locale")
            .order_by("start", "pk")
            .first()
        )

    return cached("next-network-event", read, locale_id, timeout=timely_timeout())


def member_context(member, request):
    context = {
        "follow": [
            feed_links(member, request, member_events_title(member), "events_feed", "events_feed_atom"),
            Follow(
                Follow.CALENDAR, _("Calendar of this member's events"), member.route_url(request, "events_calendar")
            ),
        ],
    }
    event = next_network_event(member.locale_id)
    if event is not None:
        context["next_network_event"] = event
        context["next_network_event_calendar"] = {
            "ics": event.route_url(request, "calendar"),
            "google": google_calendar_url(event, request),
        }
    return context


def register_member_routes():
    routes.register(
        [
            path("feed/events/", member_feed, name="events_feed"),
            path("feed/events/atom/", member_feed_atom, name="events_feed_atom"),
            path("calendar/", member_calendar, name="events_calendar"),
        ],
        member_context,
    )
