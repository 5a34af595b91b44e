"""News and events of a member go live at once; its experiences only through "Network review".

An officer of Bni Ansar (A) publishes a communiqué that citizens see at once, submits an
experience, and whatever they POST, the experience stays in review until network staff approve
it, or ask for changes with a comment the officer is notified of and sees on their dashboard.
"""

import json

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page, WorkflowState

from experiences.models import ExperiencePage
from members import roles
from members.review import submit_for_review
from news.models import NewsPage
from tests import factories
from tests.auth import sign_in
from tests.member_spaces import (
    experience_form,
    fresh,
    localize,
    news_form,
    refused,
)


@pytest.fixture
def officer(db, client, spaces):
    client.force_login(spaces.officer_a)
    return client


@pytest.fixture
def staff(db, spaces):
    from django.test import Client

    return sign_in(Client(), spaces.staff)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def in_review(page):
    state = fresh(page).current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS


def workflow_action(client, page, action, comment=""):
    task_state = fresh(page).current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def submit(client, spaces, page=None):
    page = page or spaces.a_experience
    data = experience_form(page.title, page.slug, spaces.theme, action="action-submit")
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return page


def test_experiences_are_assigned_the_review_workflow_news_are_not(spaces):
    workflow = roles.review_workflow()
    assert fresh(spaces.a_experience).get_workflow() == workflow
    assert fresh(spaces.b_experience).get_workflow() == workflow
    assert fresh(spaces.a_news).get_workflow() is None
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [spaces.network.staff]


def test_an_officers_communique_is_live_at_once(officer, spaces, client):
    response = officer.post(add_url(NewsPage, spaces.a), news_form("بلاغ حول الإنارة العمومية", "eclairage"))
    assert response.status_code == 302
    news = NewsPage.objects.child_of(spaces.a).get(slug="eclairage")
    assert news.live and news.member_id == spaces.a.pk
    client.logout()
    public = client.get(news.url)
    assert public.status_code == 200
    assert "بلاغ حول الإنارة العمومية" in public.content.decode()


def test_the_officer_submits_an_experience_and_staff_approve_it(officer, staff, spaces, client):
    page = submit(officer, spaces)
    assert in_review(page)
    assert not fresh(page).live

    # Locked for the officer while in review: their save is refused, the title stays.
    response = officer.post(edit_url(page), experience_form("عنوان آخر", page.slug, spaces.theme, action=None))
    assert response.status_code == 200
    assert fresh(page).get_latest_revision_as_object().title == page.title

    response = workflow_action(staff, page, "approve")
    assert response.status_code in (200, 302)
    page = fresh(page)
    assert page.live and not in_review(page)
    assert client.get(page.url).status_code == 200


def test_staff_request_changes_with_a_comment_the_officer_reads(officer, staff, spaces):
    page = submit(officer, spaces)
    mail.outbox.clear()
    workflow_action(staff, page, "reject", comment="Add the indicators, please.")
    state = fresh(page).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not fresh(page).live
    assert any(spaces.officer_a.email in message.to for message in mail.outbox)

    dashboard = officer.get(reverse("wagtailadmin_home")).content.decode()
    assert page.title in dashboard
    assert "Add the indicators, please." in dashboard


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_publish_on_a_draft_experience_submits_it_for_review(officer, spaces, action):
    page = spaces.a_experience
    response = officer.post(edit_url(page), experience_form(page.title, page.slug, spaces.theme, action=action))
    assert response.status_code == 302
    assert in_review(page)
    assert not fresh(page).live


def test_publish_on_an_experience_in_review_leaves_it_in_review(officer, spaces):
    page = submit(officer, spaces)
    officer.post(edit_url(page), experience_form(page.title, page.slug, spaces.theme))
    assert in_review(page)
    assert not fresh(page).live


def test_a_new_experience_is_submitted_not_published(officer, spaces):
    form = officer.get(add_url(ExperiencePage, spaces.a)).content.decode()
    with translation.override("ar"):  # the officer's admin language
        assert gettext("Submit for review") in form

    response = officer.post(add_url(ExperiencePage, spaces.a), experience_form("تجربة جديدة", "new", spaces.theme))
    assert response.status_code == 302
    page = ExperiencePage.objects.child_of(spaces.a).get(slug="new")
    assert not page.live
    assert in_review(page)


def test_no_other_path_publishes_an_experience(officer, spaces):
    page = spaces.a_experience
    api = reverse("wagtailadmin_api:pages:action", args=[page.pk, "publish"])
    assert refused(officer.post(api, "{}", content_type="application/json"))

    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    officer.post(bulk, {"include_descendants": "on"})
    # Publishing the member's page with its descendants skips the experience.
    bulk_member = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={spaces.a.pk}"
    officer.post(bulk_member, {"include_descendants": "on"})
    assert not fresh(page).live

    copy = reverse("wagtailadmin_pages:copy", args=[page.pk])
    assert refused(officer.post(copy, {"new_title": "c", "new_slug": "c", "new_parent_page": spaces.a.pk}))
    api_copy = reverse("wagtailadmin_api:pages:action", args=[page.pk, "copy"])
    body = json.dumps({"destination_page_id": spaces.a.pk, "keep_live": True})
    assert refused(officer.post(api_copy, body, content_type="application/json"))

    scheduled = experience_form(page.title, page.slug, spaces.theme, go_live_at="2030-01-01 10:00")
    officer.post(edit_url(page), scheduled)
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert not ExperiencePage.objects.filter(translation_key=page.translation_key, live=True).exists()


def test_an_approved_experience_cannot_be_unpublished_copied_or_retranslated_live_by_the_officer(
    officer, staff, spaces
):
    page = submit(officer, spaces)
    workflow_action(staff, page, "approve")
    assert fresh(page).live
    translation = localize(fresh(page), spaces.fr, user=spaces.officer_a)

    assert refused(officer.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    assert fresh(page).live

    update = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert refused(officer.post(update, {"publish_translations": "on"}))
    target = translation.get_target_instance()
    assert refused(officer.post(edit_url(target), {"action": "publish"}))
    assert not fresh(target).live
    convert = reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    assert refused(officer.post(convert))


def test_staff_publish_experiences_directly(staff, spaces):
    page = spaces.a_experience
    response = staff.post(edit_url(page), experience_form(page.title, page.slug, spaces.theme))
    assert response.status_code == 302
    assert fresh(page).live


def test_news_and_events_need_no_review(officer, spaces):
    news = factories.NewsPageFactory(parent=spaces.a, title="بلاغ", slug="draft-news", live=False)
    news.save_revision(user=spaces.officer_a)
    response = officer.post(edit_url(news), news_form("بلاغ", "draft-news"))
    assert response.status_code == 302
    assert fresh(news).live
    assert fresh(news).current_workflow_state is None
    assert Page.objects.get(pk=news.pk).permissions_for_user(spaces.officer_a).can_publish()


def test_submit_for_review_is_idempotent(spaces):
    page = fresh(spaces.a_experience)
    assert submit_for_review(page, spaces.officer_a)
    assert not submit_for_review(fresh(page), spaces.officer_a)
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
