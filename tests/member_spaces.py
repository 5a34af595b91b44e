"""Two members with their officers and content, built once per test module.

Member A is Bni Ansar, member B is Aït Melloul. Every title and text of B's content carries
`MARK`, so a test can tell whether a response shows any of it.
"""

from contextlib import contextmanager
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from members import roles
from members.review import submit_for_review
from tests import factories
from tests.auth import sign_in
from tests.site import build_site_tree, translate

MARK = "Zanzibarb"


@contextmanager
def module_data(django_db_blocker):
    """Data created inside is rolled back when the block ends; each test's own changes too."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def login(user):
    """A client logged in as `user`."""
    return sign_in(Client(), user)


def refused(response):
    """403, or Wagtail's answer to a refused admin request: a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def retitle(page, title):
    page.title = title
    page.save_revision().publish()
    return fresh(page)


def document(title, collection, name="note.pdf"):
    doc = get_document_model()(title=title, collection=collection)
    doc.file.save(name, ContentFile(b"%PDF-1.4 " + title.encode()), save=False)
    doc.save()
    return doc


def localize(page, locale, user=None):
    """A wagtail-localize (synced) translation of `page`, as "Translate this page" makes it."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(user=user, publish=False)
    return translation


def build_member_spaces():
    site = build_site_tree()
    ar, fr = site.locales.ar, site.locales.fr
    s = SimpleNamespace(site=site, ar=ar, fr=fr)
    s.theme = factories.ExperienceThemeFactory(locale=ar, name="مكتب المواطن", slug="citizen-office")

    s.a = factories.MemberPageFactory(
        parent=site.members, locale=ar, title="جماعة بني أنصار", slug="bni-ansar", hcp_code="02.381.01.03"
    )
    s.b = factories.MemberPageFactory(
        parent=site.members, locale=ar, title=f"جماعة آيت ملول {MARK}", slug="ait-melloul", hcp_code="09.273.01.05"
    )
    s.a_fr = retitle(translate(s.a, fr), "Commune de Bni Ansar")
    s.b_fr = retitle(translate(s.b, fr), f"Commune d'Aït Melloul {MARK}")
    s.roles_a = roles.setup_member_roles(s.a)
    s.roles_b = roles.setup_member_roles(s.b)
    s.network = roles.setup_network_roles()

    s.officer_a = roles.add_officer(s.a, "officer.a@bni-ansar.example").user
    s.officer_b = roles.add_officer(s.b, "officer.b@ait-melloul.example").user
    s.staff = get_user_model().objects.create_user(
        "staff", "staff@dgct.example", "pw", first_name="Staff", last_name="DGCT"
    )
    s.staff.groups.add(s.network.staff)

    # Member A's content.
    s.a_news = factories.NewsPageFactory(parent=s.a, title="بلاغ بني أنصار", slug="a-news")
    s.a_experience = factories.ExperiencePageFactory(
        parent=s.a, title="مكتب المواطن ببني أنصار", slug="a-experience", theme=s.theme, live=False
    )
    s.a_experience.save_revision(user=s.officer_a)
    s.a_image = factories.ImageFactory(title="صورة بني أنصار", collection=s.roles_a.collection)
    s.a_event = factories.EventPageFactory(parent=s.a, title="لقاء بني أنصار", slug="a-meeting")

    # Member B's content, every piece of it marked.
    s.b_live = factories.NewsPageFactory(
        parent=s.b, title=f"{MARK} live bulletin", slug="b-live", summary=f"{MARK} summary"
    )
    s.b_live.save_revision(user=s.officer_b).publish()
    s.b_live = fresh(s.b_live)
    s.b_live.summary = f"{MARK} changed summary"
    s.b_live.save_revision(user=s.officer_b)
    s.b_revisions = list(s.b_live.revisions.order_by("created_at").values_list("pk", flat=True))

    s.b_draft = factories.NewsPageFactory(
        parent=s.b, title=f"{MARK} draft bulletin", slug="b-draft", summary=f"{MARK} draft", live=False
    )
    s.b_draft.save_revision(user=s.officer_b)
    s.b_event = factories.EventPageFactory(parent=s.b, title=f"{MARK} meeting", slug="b-meeting", summary=MARK)
    s.b_experience = factories.ExperiencePageFactory(
        parent=s.b, title=f"{MARK} experience", slug="b-experience", theme=s.theme, summary=MARK, live=False
    )
    s.b_experience.save_revision(user=s.officer_b)
    submit_for_review(s.b_experience, s.officer_b)
    s.b_experience = fresh(s.b_experience)
    s.b_task_state = s.b_experience.current_workflow_state.current_task_state

    s.b_image = factories.ImageFactory(title=f"{MARK} image", collection=s.roles_b.collection)
    s.b_document = document(f"{MARK} document", s.roles_b.collection, "b.pdf")
    private = s.roles_b.collection.add_child(name=f"{MARK} private")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(s.roles_b.group)
    s.b_private_document = document(f"{MARK} private document", private, "b-private.pdf")

    s.b_translation = localize(s.b_live, fr, user=s.officer_b)
    s.b_fr_live = s.b_translation.get_target_instance()
    s.b_segment = s.b_translation.source.stringsegment_set.order_by("order").first()
    return s


def news_form(title, slug, action="action-publish", **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "listing_summary": "",
            "date": "2024-02-09",
            "category": "",
            "summary": f"{title}: summary",
            "body": streamfield([("paragraph", rich_text(f"<p>{title}</p>"))]),
            "attachments": inline_formset([]),
            "tags": "",
            "go_live_at": "",
            "expire_at": "",
            **extra,
        }
    )
    if action:
        data[action] = action
    return data


def experience_form(title, slug, theme, action="action-publish", **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "listing_summary": "",
            "theme": str(theme.pk),
            "summary": f"{title}: summary",
            "context_and_objectives": rich_text("<p>context</p>"),
            "what_was_done": streamfield([("paragraph", rich_text("<p>what was done</p>"))]),
            "results": rich_text(""),
            "challenges": rich_text(""),
            "strengths": rich_text(""),
            "points_of_vigilance": rich_text(""),
            "partners": rich_text(""),
            "contact_name": "",
            "contact_role": "",
            "contact_email": "",
            "contact_phone": "",
            "indicators": inline_formset([]),
            "documents": inline_formset([]),
            "go_live_at": "",
            "expire_at": "",
            **extra,
        }
    )
    if action:
        data[action] = action
    return data


def event_form(title, slug, action="action-publish", **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "listing_summary": "",
            "start": "2024-11-12 09:00",
            "end": "2024-11-13 17:00",
            "venue": "",
            "city": "الناظور",
            "slogan": "",
            "summary": f"{title}: summary",
            "organisers": "",
            "partners": "",
            "body": streamfield([]),
            "programme": streamfield([]),
            "attendance": "",
            "team": inline_formset([]),
            "participation": inline_formset([]),
            "recommendations": inline_formset([]),
            "presentations": inline_formset([]),
            "experiences_presented": inline_formset([]),
            "go_live_at": "",
            "expire_at": "",
            **extra,
        }
    )
    if action:
        data[action] = action
    return data
