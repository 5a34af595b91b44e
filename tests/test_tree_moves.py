"""What follows from a page's place in the tree follows it when it moves: a bulletin's member, a workshop's meeting."""

import datetime

from django.urls import reverse

from events.models import EventPage
from news.models import NewsPage
from tests import factories
from tests.member_spaces import login

CASABLANCA = factories.CASABLANCA


def test_a_bulletin_moved_to_another_members_space_belongs_to_that_member(db, spaces):
    bulletin = NewsPage.objects.get(pk=spaces.a_news.pk)
    assert bulletin.member_id == spaces.a.pk
    bulletin.move(spaces.b, pos="last-child")  # Wagtail's move, as the admin's move view does it
    moved = NewsPage.objects.get(pk=bulletin.pk)
    assert moved.member_id == spaces.b.pk
    # It lists under its new member, and no longer under the old one.
    assert moved in NewsPage.objects.for_listing().filter(member=spaces.b)
    assert moved not in NewsPage.objects.for_listing().filter(member=spaces.a)


def test_a_bulletin_moved_by_staff_in_the_admin_changes_member_pages(db, spaces):
    url = reverse("wagtailadmin_pages:move_confirm", args=[spaces.a_news.pk, spaces.b.pk])
    response = login(spaces.staff).post(url)
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=spaces.a_news.pk).member_id == spaces.b.pk
    assert spaces.a_news.title in login(spaces.staff).get(spaces.b.url).content.decode()


def test_a_workshop_moved_to_another_meeting_belongs_to_it_with_everything_under_it(db, spaces):
    start = datetime.datetime(2024, 11, 12, 9, tzinfo=CASABLANCA)
    end = datetime.datetime(2024, 11, 13, 17, tzinfo=CASABLANCA)
    saidia = factories.EventPageFactory(parent=spaces.site.events, slug="saidia", start=start, end=end)
    rabat = factories.EventPageFactory(parent=spaces.site.events, slug="rabat", start=start, end=end)
    workshop = factories.EventPageFactory(parent=saidia, slug="workshop", start=start, end=end)
    session = factories.EventPageFactory(parent=workshop, slug="session", start=start, end=end)
    assert EventPage.objects.get(pk=workshop.pk).parent_event_id == saidia.pk

    EventPage.objects.get(pk=workshop.pk).move(rabat, pos="last-child")
    assert EventPage.objects.get(pk=workshop.pk).parent_event_id == rabat.pk
    assert EventPage.objects.get(pk=session.pk).parent_event_id == workshop.pk

    # Moved into a member's space, the workshop and its session become that member's.
    EventPage.objects.get(pk=workshop.pk).move(spaces.a, pos="last-child")
    workshop, session = EventPage.objects.get(pk=workshop.pk), EventPage.objects.get(pk=session.pk)
    assert (workshop.parent_event_id, workshop.member_id) == (None, spaces.a.pk)
    assert session.member_id == spaces.a.pk
