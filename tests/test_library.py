"""The document library lists the network's public documents only, filters them, and stays cheap as they grow."""

import datetime

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from documents.models import DocumentDetails, public_documents
from events.models import Presentation
from members.roles import setup_network_roles
from news.models import NewsAttachment
from tests import factories
from tests.test_listings import count_queries

Document = get_document_model()


def make_document(title, collection, *, kind="", language="", created=None):
    document = Document(title=title, collection=collection)
    document.file.save(f"{title}.pdf", ContentFile(b"%PDF-1.4 " + title.encode() * 20), save=False)
    document.file_size = document.file.size  # as Wagtail's upload form sets it
    document.save()
    if created:
        Document.objects.filter(pk=document.pk).update(created_at=created)
    if kind or language:
        DocumentDetails.objects.create(document=document, kind=kind, language=language)
    return document


def present(event, document):
    """The document as one of the event's presentations (Wagtail's reference index records the use)."""
    Presentation.objects.create(page=event, document=document, locale=event.locale, sort_order=0)


@pytest.fixture
def library(site_tree, member):
    network = setup_network_roles().network_collection
    elsewhere = Collection.get_first_root_node().add_child(name="بني أنصار")
    page = factories.DocumentIndexPageFactory(parent=site_tree.home)
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia", title="ملتقى السعيدية")
    workshop = factories.EventPageFactory(parent=event, slug="workshop", title="ورشة التواصل")
    bulletin = factories.NewsPageFactory(parent=member, slug="communique")
    draft = factories.EventPageFactory(parent=site_tree.events, slug="draft", live=False)
    private = factories.EventPageFactory(parent=site_tree.events, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")  # noqa: S106

    docs = {
        "network": make_document("ميثاق الشبكة", network, kind="guide", language="ar"),
        "presentation": make_document(
            "Présentation du bureau du citoyen",
            elsewhere,
            kind="presentation",
            language="fr",
            created=timezone.make_aware(datetime.datetime(2023, 5, 1)),
        ),  # fmt: skip
        "workshop": make_document("عرض الورشة", elsewhere, kind="presentation", language="ar"),
        "attachment": make_document("بلاغ الدورة", elsewhere, kind="communique", language="ar"),
        "draft": make_document("مسودة", elsewhere),
        "private": make_document("وثيقة داخلية", elsewhere),
        "unused": make_document("ملف لم ينشر", elsewhere),
    }
    present(event, docs["presentation"])
    present(workshop, docs["workshop"])
    NewsAttachment.objects.create(page=bulletin, document=docs["attachment"], locale=bulletin.locale, sort_order=0)
    present(draft, docs["draft"])
    present(private, docs["private"])
    return type("Library", (), {"page": page, "docs": docs, "event": event, "member": member, "network": network})


def listed(client, url):
    response = client.get(url)
    html = response.content.decode()
    return response.status_code, html


@pytest.mark.django_db
def test_only_documents_of_live_public_pages_or_of_the_network_collection_are_public(library):
    public = set(public_documents().values_list("title", flat=True))
    assert public == {"ميثاق الشبكة", "Présentation du bureau du citoyen", "عرض الورشة", "بلاغ الدورة"}


@pytest.mark.django_db
def test_the_library_lists_each_public_document_with_its_type_size_and_language(client, library):
    status, html = listed(client, library.page.url)
    assert status == 200
    for title in ("ميثاق الشبكة", "Présentation du bureau du citoyen", "عرض الورشة", "بلاغ الدورة"):
        assert title in html
    for title in ("مسودة", "وثيقة داخلية", "ملف لم ينشر"):
        assert title not in html
    assert "PDF" in html and "بايت" in html  # the type and the size, in Arabic
    assert "الفرنسية" in html and "عرض" in html  # a language and a kind
    assert 'action=""' not in html
    # Each document says where it is used, in this language.
    assert "ملتقى السعيدية" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=الشبكة", {"ميثاق الشبكة"}),
        ("q=citoyen", {"Présentation du bureau du citoyen"}),
        ("kind=presentation", {"Présentation du bureau du citoyen", "عرض الورشة"}),
        ("language=fr", {"Présentation du bureau du citoyen"}),
        ("year=2023", {"Présentation du bureau du citoyen"}),
        ("member=bni-ansar", {"بلاغ الدورة"}),
    ],
)
@pytest.mark.django_db
def test_the_library_filters(client, library, query, expected):
    status, html = listed(client, f"{library.page.url}?{query}")
    assert status == 200
    every = {"ميثاق الشبكة", "Présentation du bureau du citoyen", "عرض الورشة", "بلاغ الدورة"}
    assert {title for title in every if title in html.split('class="library"')[-1]} == expected


@pytest.mark.django_db
def test_an_event_links_to_its_documents_in_the_library_workshops_included(client, library):
    html = client.get(library.event.url).content.decode()
    link = f"{library.page.url}?event={library.event.pk}"
    assert f'href="{link}"' in html
    status, listing = listed(client, link)
    assert status == 200
    results = listing.split('class="library"')[-1]
    assert "Présentation du bureau du citoyen" in results and "عرض الورشة" in results
    assert "ميثاق الشبكة" not in results


@pytest.mark.django_db
def test_the_library_filters_by_collection(client, library):
    status, html = listed(client, f"{library.page.url}?collection={library.network.pk}")
    assert status == 200
    results = html.split('class="library"')[-1]
    assert "ميثاق الشبكة" in results and "بلاغ الدورة" not in results


@pytest.mark.parametrize("query", ["event=abc", "event=999999", "year=abc", "kind=planet", "collection=x", "page=99"])
@pytest.mark.django_db
def test_bad_filters_answer_in_the_visitors_language_never_500(client, library, query):
    response = client.get(f"{library.page.url}?{query}")
    assert response.status_code in (200, 400, 404)
    assert 'lang="ar"' in response.content.decode()


@pytest.mark.django_db
def test_the_librarys_query_count_stays_flat_as_documents_grow(client, library):
    def grow(start, stop):
        for n in range(start, stop):
            document = make_document(f"عرض {n}", library.network, kind="presentation", language="ar")
            present(library.event, document)

    grow(0, 5)
    few, _response = count_queries(client, library.page.url)
    grow(5, 40)
    many, response = count_queries(client, library.page.url)
    assert many == few, f"{few} queries with 9 documents, {many} with 44"
    assert "عرض 39" in response.content.decode()


@pytest.mark.django_db
def test_the_admin_document_form_keeps_the_kind_and_language(admin_client, library):
    document = library.docs["unused"]
    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": document.title, "collection": document.collection_id, "tags": "", "kind": "report", "language": "fr"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    details = DocumentDetails.objects.get(document=document)
    assert (details.kind, details.language) == ("report", "fr")
