"""Scheduled publishing: a page set to go live, or to expire, does so when `publish_scheduled` runs.

`make run` runs `manage.py publish_scheduled` every minute; in production it is a cron line (see
the README). Here time is moved forward instead of waited for.
"""

import datetime
import io
from unittest import mock

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.models import NewsPage
from tests.member_spaces import experience_form, fresh, login, news_form


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def publish_scheduled(at):
    with mock.patch("django.utils.timezone.now", return_value=at):
        call_command("publish_scheduled", stdout=io.StringIO())


def visible(page):
    return Client().get(fresh(page).url).status_code == 200


def test_a_communique_scheduled_by_an_officer_goes_live_at_its_time(db, spaces):
    go_live = timezone.now() + datetime.timedelta(days=1)
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", spaces.a.pk])
    response = login(spaces.officer_a).post(url, news_form("بلاغ مبرمج", "scheduled", go_live_at=local(go_live)))
    assert response.status_code == 302
    page = NewsPage.objects.child_of(spaces.a).get(slug="scheduled")
    assert not page.live
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert not visible(page)

    publish_scheduled(go_live - datetime.timedelta(minutes=5))
    assert not fresh(page).live

    publish_scheduled(go_live + datetime.timedelta(minutes=1))
    assert fresh(page).live
    assert visible(page)


def test_a_communique_expires_at_its_time(db, spaces):
    expire = timezone.now() + datetime.timedelta(days=2)
    page = spaces.a_news
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = login(spaces.officer_a).post(url, news_form(page.title, page.slug, expire_at=local(expire)))
    assert response.status_code == 302
    assert fresh(page).live and visible(page)

    publish_scheduled(expire - datetime.timedelta(minutes=5))
    assert fresh(page).live

    publish_scheduled(expire + datetime.timedelta(minutes=1))
    page = fresh(page)
    assert not page.live and page.expired
    assert not visible(page)


def test_an_approved_experience_waits_for_its_go_live_time(db, spaces):
    go_live = timezone.now() + datetime.timedelta(days=1)
    page = spaces.a_experience
    form = experience_form(page.title, page.slug, spaces.theme, action="action-submit", go_live_at=local(go_live))
    officer = login(spaces.officer_a)
    assert officer.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form).status_code == 302

    task_state = fresh(page).current_workflow_state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    login(spaces.staff).post(approve, {"comment": ""})
    assert not fresh(page).live
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists()

    publish_scheduled(go_live + datetime.timedelta(minutes=1))
    assert fresh(page).live
    assert visible(page)


def test_the_command_has_a_dry_run(db, spaces):
    out = io.StringIO()
    call_command("publish_scheduled", "--dryrun", stdout=out)
    assert "Will do a dry run." in out.getvalue()
