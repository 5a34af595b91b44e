"""Documents stay private until published: ids are sequential, so an upload must not be public by its address.

A document is served to the public only once a live page anyone may see uses it (Wagtail's reference index),
or from the network's shared collection; otherwise 404, while the editors who may use it still see it.
"""

import pytest

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from news.models import NewsAttachment
from tests import factories
from tests.auth import sign_in

pytestmark = [pytest.mark.security, pytest.mark.django_db]


def upload(collection, name="rapport.pdf", title="تقرير"):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(name, ContentFile(b"%PDF-1.4 " + title.encode()), save=False)
    document.save()
    return document


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def status(document, client=None):
    return (client or Client()).get(document.url).status_code


def attach(page, document):
    page.attachments.add(NewsAttachment(document=document, locale=page.locale))


def test_a_fresh_upload_is_not_public_by_guessing_its_address(spaces):
    document = upload(spaces.roles_a.collection)
    assert status(document) == 404
    # Nor by walking the ids.
    for pk in range(document.pk - 3, document.pk + 3):
        assert Client().get(f"/documents/{pk}/rapport.pdf").status_code == 404


def test_the_editors_who_may_use_an_unpublished_document_still_see_it(spaces):
    document = upload(spaces.roles_a.collection)
    officer = sign_in(Client(), spaces.officer_a)
    response = officer.get(document.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert status(document, sign_in(Client(), spaces.staff)) == 200


def test_another_members_officer_cannot_see_an_unpublished_document(spaces):
    document = upload(spaces.roles_a.collection)
    assert status(document, sign_in(Client(), spaces.officer_b)) == 404


def test_staff_who_skipped_their_second_factor_cannot_see_an_unpublished_document(spaces):
    document = upload(spaces.roles_a.collection)
    client = Client()
    client.force_login(spaces.staff)  # password only
    assert status(document, client) == 404


def test_a_drafts_attachment_is_not_public_until_the_page_is_published(spaces):
    document = upload(spaces.roles_a.collection)
    draft = factories.NewsPageFactory(parent=spaces.a, slug="draft-with-attachment", live=False)
    attach(draft, document)
    draft.save()
    draft.save_revision()
    assert status(document) == 404
    fresh(draft).get_latest_revision().publish()
    assert status(document) == 200
    response = Client().get(document.url)
    assert "private" not in response.get("Cache-Control", "")
    fresh(draft).unpublish()
    assert status(document) == 404


def test_an_attachment_added_in_a_draft_of_a_live_page_waits_for_publishing(spaces):
    document = upload(spaces.roles_a.collection)
    page = factories.NewsPageFactory(parent=spaces.a, slug="live-bulletin")
    page.save_revision().publish()
    page = fresh(page)
    attach(page, document)
    page.save_revision()  # a draft: the live page does not use it yet
    assert status(document) == 404
    fresh(page).get_latest_revision().publish()
    assert status(document) == 200


def test_a_document_in_a_published_pages_body_is_public(spaces):
    document = upload(spaces.roles_a.collection, name="programme.pdf")
    page = spaces.site.about.specific
    page.body = [("documents", {"heading": "الوثائق", "documents": [document]})]
    page.save_revision().publish()
    assert status(document) == 200


def test_a_document_used_only_by_a_private_page_stays_private(spaces):
    document = upload(spaces.roles_a.collection)
    page = factories.NewsPageFactory(parent=spaces.a, slug="members-only")
    attach(page, document)
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=fresh(page), restriction_type=PageViewRestriction.LOGIN)
    assert status(document) == 404


def test_the_networks_shared_collection_is_public(spaces):
    document = upload(spaces.network.network_collection, name="charte.pdf")
    assert status(document) == 200
