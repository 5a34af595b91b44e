"""The read-only API (/api/v2/): live and public content only, the network's fields, flat queries, CORS."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Collection, PageViewRestriction

from members.roles import setup_network_roles
from news.models import NewsAttachment
from tests import factories
from tests.test_library import make_document


@pytest.fixture
def content(site_tree, member):
    category = factories.NewsCategoryFactory(locale=site_tree.locales.ar, slug="communique", name="بلاغ")
    public_image = factories.ImageFactory(title="صورة منشورة")
    draft_image = factories.ImageFactory(title="صورة مسودة")
    unused_image = factories.ImageFactory(title="صورة غير مستعملة")
    live = factories.NewsPageFactory(parent=member, slug="live", category=category, hero_image=public_image)
    draft = factories.NewsPageFactory(parent=member, slug="draft", live=False, hero_image=draft_image)
    private = factories.NewsPageFactory(parent=site_tree.news, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")  # noqa: S106
    network = setup_network_roles().network_collection
    elsewhere = Collection.get_first_root_node().add_child(name="بني أنصار")
    docs = {
        "attached": make_document("بلاغ منشور", elsewhere),
        "draft": make_document("مسودة", elsewhere),
        "private": make_document("وثيقة داخلية", elsewhere),
        "network": make_document("ميثاق الشبكة", network),
    }
    for page, doc in ((live, "attached"), (draft, "draft"), (private, "private")):
        NewsAttachment.objects.create(page=page, document=docs[doc], locale=page.locale, sort_order=0)
    return type(
        "Content",
        (),
        {
            "live": live, "draft": draft, "private": private, "member": member, "category": category,
            "images": {"public": public_image, "draft": draft_image, "unused": unused_image}, "docs": docs,
        },
    )  # fmt: skip


def ids(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.django_db
def test_the_api_lists_no_draft_and_no_private_page(client, content):
    listed = ids(client, "/api/v2/pages/?limit=100")
    assert content.live.pk in listed
    assert content.member.pk in listed
    assert content.draft.pk not in listed
    assert content.private.pk not in listed
    assert ids(client, "/api/v2/pages/?type=news.NewsPage") == {content.live.pk}
    assert client.get(f"/api/v2/pages/{content.draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{content.private.pk}/").status_code == 404
    assert client.get("/api/v2/pages/find/?html_path=/news/private/").status_code == 404
    assert client.get("/api/v2/pages/find/?html_path=/members/bni-ansar/live/").status_code == 302


@pytest.mark.django_db
def test_the_api_writes_the_networks_fields(client, content):
    data = client.get(f"/api/v2/pages/{content.live.pk}/").json()
    assert data["date"] == content.live.date.isoformat()
    assert data["category"] == {"slug": "communique", "name": "بلاغ"}
    assert data["member"] == {
        "id": content.member.pk, "title": content.member.title, "slug": "bni-ansar", "hcp_code": "02.381.01.03",
    }  # fmt: skip
    assert data["member_region"] == {"slug": "oriental", "name": "جهة الشرق"}
    assert data["meta"]["html_url"] == content.live.get_full_url()
    member = client.get(f"/api/v2/pages/{content.member.pk}/").json()
    assert (member["hcp_code"], member["kind"], member["region"]["slug"]) == ("02.381.01.03", "commune", "oriental")
    assert "officers_group" not in member and "collection" not in member
    # Only declared fields can be asked for.
    assert client.get("/api/v2/pages/?type=members.MemberPage&fields=focal_point_email").status_code == 400


@pytest.mark.django_db
def test_the_api_lists_only_images_and_documents_a_visitor_may_see(client, content):
    images = ids(client, "/api/v2/images/")
    assert content.images["public"].pk in images
    assert content.images["draft"].pk not in images
    assert content.images["unused"].pk not in images
    assert client.get(f"/api/v2/images/{content.images['draft'].pk}/").status_code == 404
    documents = ids(client, "/api/v2/documents/")
    assert documents == {content.docs["attached"].pk, content.docs["network"].pk}
    assert client.get(f"/api/v2/documents/{content.docs['private'].pk}/").status_code == 404


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), len(response.json()["items"])


URLS = [
    "/api/v2/pages/?type=news.NewsPage&fields=date,category,member,member_region,hero_image,summary",
    "/api/v2/pages/?fields=title,slug",
    "/api/v2/pages/?type=events.EventPage&fields=start,end,city,member,member_region,participation,recommendations",
    "/api/v2/images/",
    "/api/v2/documents/",
]


@pytest.mark.django_db
def test_the_api_costs_the_same_queries_however_many_items_it_lists(client, site_tree, member):
    category = factories.NewsCategoryFactory(locale=site_tree.locales.ar, slug="communique")
    elsewhere = Collection.get_first_root_node().add_child(name="بني أنصار")

    def grow(start, stop):
        for n in range(start, stop):
            image = factories.ImageFactory()
            bulletin = factories.NewsPageFactory(parent=member, slug=f"b-{n}", category=category, hero_image=image)
            document = make_document(f"doc-{n}", elsewhere)
            NewsAttachment.objects.create(page=bulletin, document=document, locale=bulletin.locale, sort_order=0)
            event = factories.EventPageFactory(parent=member, slug=f"e-{n}")
            factories.ParticipationRowFactory(page=event, locale=event.locale)
            factories.RecommendationFactory(page=event, locale=event.locale)

    grow(0, 2)
    few = {url: queries(client, url) for url in URLS}
    grow(2, 12)
    many = {url: queries(client, url) for url in URLS}
    for url in URLS:
        assert many[url][1] > few[url][1], url
        assert many[url][0] == few[url][0], (url, few[url], many[url])


@pytest.mark.django_db
def test_any_origin_may_read_the_api_and_the_exports_but_not_write(client, site_tree):
    for url in ("/api/v2/pages/", "/opendata/members.csv"):
        response = client.get(url, HTTP_ORIGIN="https://journal.example")
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response
        preflight = client.options(
            url, HTTP_ORIGIN="https://journal.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
        )  # fmt: skip
        assert preflight.status_code == 204
        assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
        refused = client.options(url, HTTP_ORIGIN="https://x.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
        assert "Access-Control-Allow-Methods" not in refused
        post = client.post(url, HTTP_ORIGIN="https://journal.example")
        assert post.status_code in {403, 405}
        assert "Access-Control-Allow-Origin" not in post
    # Pages themselves are not opened to other origins.
    assert "Access-Control-Allow-Origin" not in client.get("/ar/", HTTP_ORIGIN="https://journal.example")


@pytest.mark.django_db
def test_bad_api_input_is_400_or_404_never_500(client, content):
    for url, status in [
        ("/api/v2/pages/?limit=abc", 400),
        ("/api/v2/pages/?offset=-1", 400),
        ("/api/v2/pages/?type=nope", 400),
        ("/api/v2/pages/?fields=owner", 400),
        ("/api/v2/pages/?order=nope", 400),
        ("/api/v2/pages/?child_of=abc", 400),
        (f"/api/v2/pages/?child_of={content.draft.pk}", 400),
        ("/api/v2/pages/abc/", 404),
        ("/api/v2/pages/99999/", 404),
        ("/api/v2/images/99999/", 404),
        ("/api/v2/", 404),
    ]:
        response = client.get(url)
        assert response.status_code == status, url
        assert response["Content-Type"] == "application/json", url
    assert client.get("/api/v2/pages/?search=بلاغ").status_code == 200
