"""References inside content: an officer of Bni Ansar (A) can name nothing of Aït Melloul's (B) by any id.

Each reproduction of issue 7 is a test here: a call-to-action block aimed at B's draft, an image block
with B's unused image, rich-text links and embeds, a document list, a wagtail-localize override, an
old revision restored, a copy. Each is refused with an error on the field that holds it, nothing is
saved, and the response shows nothing of B's (every title of B's content carries MARK). What the public
may already read (B's live bulletin) and what the network shares (its collection) stay allowed.
"""

import json

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtail_localize.models import OverridableSegment, SegmentOverride

from news.models import NewsPage
from tests import factories
from tests.member_spaces import MARK, document, fresh, localize, login, news_form


def body(response):
    return response.content.decode(errors="replace")


def cta(page_pk):
    return ("call_to_action", {"title": "اقرأ", "text": "", "page": page_pk, "url": "", "button_label": "اقرأ"})


def image_block(image_pk):
    return ("image", {"image": image_pk, "caption": "", "alt_text": ""})


def documents_block(*document_pks):
    return ("documents", {"heading": "", "documents": streamfield([("item", pk) for pk in document_pks])})


def paragraph(html):
    return ("paragraph", rich_text(html))


@pytest.fixture
def officer(db, spaces):
    return login(spaces.officer_a)


def save_body(client, page, blocks, action="action-publish"):
    data = news_form(page.title, page.slug, action=action, body=streamfield(blocks))
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def assert_refused(response, page, revisions_before, field="body"):
    assert response.status_code == 200, response.status_code
    assert field in response.context["form"].errors, response.context["form"].errors
    assert MARK not in body(response), "the form showed B's content back"
    assert page.revisions.count() == revisions_before, "something was saved"


# --- StreamField blocks and rich text ---------------------------------------------------------------

REFUSED_BODIES = {
    "call to action aimed at B's draft": lambda s: [cta(s.b_draft.pk)],
    "image block with B's unused image": lambda s: [image_block(s.b_image.pk)],
    "document list with B's document": lambda s: [documents_block(s.a_document.pk, s.b_document.pk)],
    "rich-text link to B's draft": lambda s: [
        paragraph(f'<p>اقرأ <a linktype="page" id="{s.b_draft.pk}">هنا</a></p>'),
    ],
    "rich-text link to B's document": lambda s: [
        paragraph(f'<p>حمل <a linktype="document" id="{s.b_document.pk}">الوثيقة</a></p>'),
    ],
    "rich-text link to B's experience in review": lambda s: [
        paragraph(f'<p><a linktype="page" id="{s.b_experience.pk}">تجربة</a></p>'),
    ],
}


@pytest.fixture
def a_document(db, spaces):
    spaces.a_document = document("وثيقة بني أنصار", spaces.roles_a.collection, "a.pdf")
    return spaces.a_document


@pytest.mark.parametrize("name", REFUSED_BODIES)
def test_a_reference_to_member_b_in_the_body_is_refused(officer, spaces, a_document, name):
    page = spaces.a_news
    before = page.revisions.count()
    response = save_body(officer, page, REFUSED_BODIES[name](spaces))
    assert_refused(response, page, before)
    assert MARK not in fresh(page).title


def test_the_refusal_names_the_field_in_the_officers_language(spaces):
    client = login(spaces.officer_a)  # the officer's admin is in Arabic (add_officer's default: the site's)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(spaces.officer_a)
    profile.preferred_language = "fr"
    profile.save()
    response = save_body(client, spaces.a_news, [cta(spaces.b_draft.pk)])
    message = str(response.context["form"].errors["body"])
    assert "Corps" in message or "corps" in message, message
    assert "espace" in message, message


def test_an_image_of_member_b_put_in_an_image_block_never_reaches_the_public_page(spaces):
    page = spaces.a_news
    save_body(login(spaces.officer_a), page, [image_block(spaces.b_image.pk)])
    public = login(spaces.staff).get(fresh(page).url)
    assert spaces.b_image.file.name.split("/")[-1].split(".")[0] not in body(public)
    assert not fresh(page).body.raw_data


def test_what_the_public_may_read_and_the_network_shares_may_be_named(officer, spaces):
    page = spaces.a_news
    network_image = factories.ImageFactory(title="صورة الشبكة", collection=spaces.network.network_collection)
    blocks = [
        cta(spaces.b_live.pk),
        image_block(network_image.pk),
        paragraph(f'<p><a linktype="page" id="{spaces.b_live.pk}">بلاغ آيت ملول</a></p>'),
        cta(spaces.a_event.pk),
    ]
    response = save_body(officer, page, blocks)
    assert response.status_code == 302, response.context["form"].errors
    saved = fresh(page)
    assert [block.block_type for block in saved.body] == ["call_to_action", "image", "paragraph", "call_to_action"]
    assert saved.body[1].value["image"] == network_image


def test_a_preview_with_member_bs_draft_shows_nothing_of_it(officer, spaces):
    page = spaces.a_news
    data = news_form(page.title, page.slug, action=None, body=streamfield([cta(spaces.b_draft.pk)]))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = officer.post(url, data)
    assert json.loads(response.content)["is_valid"] is False
    assert MARK not in body(officer.get(url))


def test_a_refused_form_shows_no_title_or_address_of_member_b(officer, spaces):
    page = spaces.a_news
    response = save_body(
        officer,
        page,
        [cta(spaces.b_draft.pk), paragraph(f'<p>اقرأ <a linktype="page" id="{spaces.b_draft.pk}">هنا</a></p>')],
    )
    html = body(response)
    assert MARK not in html
    assert spaces.b_draft.slug not in html
    # The link's text stays (in the editor's JSON state): only its target is gone.
    assert "\\\\u0647\\\\u0646\\\\u0627" in html


@pytest.mark.parametrize("field", ["hero_image", "share_image"])
def test_a_new_page_cannot_take_member_bs_image(officer, spaces, field):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", spaces.a.pk])
    data = news_form("بلاغ جديد", "new-bulletin", **{field: spaces.b_image.pk})
    response = officer.post(url, data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert MARK not in body(response)
    assert not NewsPage.objects.filter(slug="new-bulletin").exists()


# --- revisions, copies, translations ----------------------------------------------------------------


@pytest.fixture
def page_once_holding_bs_image(spaces):
    """A's bulletin, to which staff once gave B's image, then took it away."""
    page = fresh(spaces.a_news)
    page.hero_image = spaces.b_image
    old = page.save_revision(user=spaces.staff)
    page = fresh(page)
    page.hero_image = None
    page.save_revision(user=spaces.staff).publish()
    return fresh(page), old


def test_restoring_an_old_revision_cannot_bring_back_member_bs_image(officer, spaces, page_once_holding_bs_image):
    page, old = page_once_holding_bs_image
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    shown = officer.get(url)
    assert shown.status_code == 200
    assert MARK not in body(shown)
    before = page.revisions.count()
    response = officer.post(url, news_form(page.title, page.slug, hero_image=spaces.b_image.pk))
    assert_refused(response, page, before, field="hero_image")
    assert fresh(page).hero_image is None


def test_what_staff_gave_a_page_stays_when_its_officer_edits_it(officer, spaces):
    page = fresh(spaces.a_news)
    page.hero_image = spaces.b_image
    page.save_revision(user=spaces.staff).publish()
    response = officer.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        news_form(page.title, page.slug, hero_image=spaces.b_image.pk),
    )
    assert response.status_code == 302, response.context["form"].errors


def test_a_page_holding_member_bs_image_cannot_be_copied_by_an_officer(officer, spaces):
    page = fresh(spaces.a_news)
    page.hero_image = spaces.b_image
    page.save_revision(user=spaces.staff).publish()
    response = officer.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "نسخة", "new_slug": "copy", "new_parent_page": spaces.a.pk},
    )
    assert response.status_code == 302
    assert not Page.objects.filter(slug="copy").exists()


@pytest.fixture
def a_translation(spaces):
    """A's bulletin with a main image and an image block, being translated into French."""
    page = fresh(spaces.a_news)
    page.hero_image = spaces.a_image
    page.body = [("image", {"image": spaces.a_image, "caption": "", "alt_text": ""})]
    page.save_revision(user=spaces.officer_a).publish()
    return localize(fresh(page), spaces.fr, user=spaces.officer_a)


def override(client, translation, path, value):
    segment = OverridableSegment.objects.get(source=translation.source, context__path__startswith=path)
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    return client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded"), segment


@pytest.mark.parametrize("path", ["hero_image", "body."])
def test_a_translation_override_cannot_name_member_bs_image(officer, spaces, a_translation, path):
    response, segment = override(officer, a_translation, path, spaces.b_image.pk)
    assert response.status_code == 400
    assert MARK not in body(response)
    assert not SegmentOverride.objects.filter(context=segment.context).exists()


def test_a_translation_override_may_name_the_networks_image(officer, spaces, a_translation):
    network_image = factories.ImageFactory(title="صورة الشبكة", collection=spaces.network.network_collection)
    response, segment = override(officer, a_translation, "hero_image", network_image.pk)
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == str(network_image.pk)


def test_a_string_translation_cannot_smuggle_a_link_to_member_bs_draft(officer, spaces):
    page = fresh(spaces.a_news)
    page.body = [("paragraph", RichText('<p>اقرأ <a href="https://example.org/">هنا</a></p>'))]
    page.save_revision(user=spaces.officer_a).publish()
    translation = localize(fresh(page), spaces.fr, user=spaces.officer_a)
    segment = translation.source.stringsegment_set.filter(string__data__contains="هنا").get()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    smuggled = f'Lire <a linktype="page" id="{spaces.b_draft.pk}">ici</a>'
    officer.put(url, f"value={smuggled}", content_type="application/x-www-form-urlencoded")
    translation.save_target(user=spaces.officer_a, publish=True)
    french = translation.get_target_instance()
    assert f'id="{spaces.b_draft.pk}"' not in json.dumps(french.body.get_prep_value())
