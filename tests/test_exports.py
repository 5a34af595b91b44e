"""The open data exports: CSV and JSON that parse, document their columns, carry their licence and match the
database; rebuilt when the content changes; cheap however much content there is; listed on the open data page."""

import csv
import datetime
import io
import json

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, PageViewRestriction, Site

from core.models import NetworkSettings
from events.models import EventPage, FollowUpStatus
from members import register
from members.models import MemberPage
from news.models import NewsPage
from opendata.exports import DATASETS
from tests import factories
from tests.site import translate


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def publish_french(page, **fields):
    french = translate(page, factories.default_locale().__class__.objects.get(language_code="fr"))
    for name, value in fields.items():
        setattr(french, name, value)
    french.save_revision().publish()
    return type(french).objects.get(pk=french.pk)


@pytest.fixture
def content(site_tree, member):
    site = Site.objects.get(is_default_site=True)
    NetworkSettings.objects.update_or_create(
        site=site, defaults={"data_licence": "CC BY 4.0", "data_licence_url": "https://creativecommons.org/licenses/by/4.0/"}
    )  # fmt: skip
    member.website = "https://bniansar.ma"
    member.save_revision().publish()
    member_fr = publish_french(member, title="Commune de Bni Ansar")
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia", title="ملتقى السعيدية", venue="قاعة")
    for n, (category, women, men) in enumerate([("منتخبون", 3, 9), ("أطر", 5, 7)]):
        factories.ParticipationRowFactory(
            page=event, locale=event.locale, category=category, women=women, men=men, sort_order=n
        )
    factories.RecommendationFactory(page=event, locale=event.locale, text="توصية أولى", status="done", sort_order=0)
    factories.RecommendationFactory(page=event, locale=event.locale, text="توصية ثانية", sort_order=1)
    event.save_revision().publish()
    event_fr = publish_french(event, title="Rencontre de Saïdia")
    workshop = factories.EventPageFactory(parent=event, slug="workshop", title="ورشة")
    bulletin = factories.NewsPageFactory(parent=member, slug="communique", date=datetime.date(2024, 3, 1))
    bulletin_fr = publish_french(bulletin, title="Communiqué")
    network_bulletin = factories.NewsPageFactory(parent=site_tree.news, slug="network", date=datetime.date(2024, 5, 1))
    draft = factories.NewsPageFactory(parent=member, slug="draft", live=False)
    private = factories.EventPageFactory(parent=site_tree.events, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")  # noqa: S106
    return type("Content", (), locals())


def download(client, slug, fmt):
    response = client.get(f"/opendata/{slug}.{fmt}")
    assert response.status_code == 200, (slug, fmt)
    return response


def read_csv(client, slug):
    response = download(client, slug, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
    return reader.fieldnames, list(reader)


def read_json(client, slug):
    response = download(client, slug, "json")
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def blank(value):
    return "" if value is None else str(value)


@pytest.mark.django_db
def test_every_export_parses_documents_its_columns_and_carries_its_licence(client, content):
    for slug in DATASETS:
        header, rows = read_csv(client, slug)
        document = read_json(client, slug)
        assert document["dataset"] == slug
        assert [column["name"] for column in document["columns"]] == header
        for column in document["columns"]:
            assert column["type"] in {"string", "integer", "date", "datetime", "url", "uuid"}
            assert column["description"]["ar"] and column["description"]["fr"]
            assert column["description"]["ar"] != column["description"]["fr"], column["name"]
        assert document["title"]["ar"] and document["title"]["fr"]
        assert document["licence"] == {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
        assert document["source"] == f"http://localhost/opendata/{slug}.json"
        # The CSV and the JSON say the same.
        assert [{key: blank(value) for key, value in row.items()} for row in document["rows"]] == rows
        response = download(client, slug, "csv")
        assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'


@pytest.mark.django_db
def test_the_members_export_matches_the_directory(client, content):
    _header, rows = read_csv(client, "members")
    (row,) = rows
    member, entry = content.member, register.get("02.381.01.03")
    assert row["hcp_code"] == "02.381.01.03"
    assert (row["name_ar"], row["name_fr"]) == (member.title, "Commune de Bni Ansar")
    assert (row["kind"], row["region_code"], row["region_ar"], row["region_fr"]) == (
        "commune", "02", "جهة الشرق", "Oriental",
    )  # fmt: skip
    assert row["population"] == str(entry.population)
    assert row["joined_on"] == "2022-10-21"
    assert row["website"] == "https://bniansar.ma"
    assert (row["url_ar"], row["url_fr"]) == (member.get_full_url(), content.member_fr.get_full_url())


@pytest.mark.django_db
def test_the_events_participation_and_recommendations_match_the_database(client, content):
    _header, events = read_csv(client, "events")
    by_id = {row["id"]: row for row in events}
    assert set(by_id) == {str(content.event.translation_key), str(content.workshop.translation_key)}
    saidia = by_id[str(content.event.translation_key)]
    assert (saidia["title_ar"], saidia["title_fr"]) == ("ملتقى السعيدية", "Rencontre de Saïdia")
    assert saidia["start"] == "2024-11-12T09:00:00+01:00" and saidia["end"] == "2024-11-13T17:00:00+01:00"
    assert (saidia["venue_ar"], saidia["city_ar"]) == ("قاعة", "السعيدية")
    assert (saidia["participants_women"], saidia["participants_men"], saidia["participants_counted"]) == (
        "8",
        "16",
        "24",
    )
    assert saidia["parent_id"] == ""
    assert by_id[str(content.workshop.translation_key)]["parent_id"] == saidia["id"]
    assert by_id[str(content.workshop.translation_key)]["title_fr"] == ""  # not translated

    _header, participation = read_csv(client, "participation")
    assert [(r["event_id"], r["category_ar"], r["women"], r["men"], r["total"]) for r in participation] == [
        (saidia["id"], "منتخبون", "3", "9", "12"),
        (saidia["id"], "أطر", "5", "7", "12"),
    ]
    assert all(r["category_fr"] == r["category_ar"] for r in participation)  # copied, awaiting translation

    _header, recommendations = read_csv(client, "recommendations")
    assert [(r["event_id"], r["number"], r["text_ar"], r["status"]) for r in recommendations] == [
        (saidia["id"], "1", "توصية أولى", "done"),
        (saidia["id"], "2", "توصية ثانية", "proposed"),
    ]
    with translation.override("fr"):
        assert recommendations[0]["status_label_fr"] == str(FollowUpStatus.DONE.label)
    with translation.override("ar"):
        assert recommendations[0]["status_label_ar"] == str(FollowUpStatus.DONE.label)


@pytest.mark.django_db
def test_the_bulletins_index_lists_live_public_bulletins_only(client, content):
    _header, rows = read_csv(client, "bulletins")
    assert [row["id"] for row in rows] == [
        str(content.network_bulletin.translation_key), str(content.bulletin.translation_key),
    ]  # fmt: skip
    row = rows[1]
    assert (row["date"], row["member_hcp_code"], row["title_fr"]) == ("2024-03-01", "02.381.01.03", "Communiqué")
    assert (row["url_ar"], row["url_fr"]) == (content.bulletin.get_full_url(), content.bulletin_fr.get_full_url())
    assert rows[0]["member_hcp_code"] == "" and rows[0]["url_fr"] == ""
    ids = {row["id"] for row in rows}
    assert str(content.draft.translation_key) not in ids
    _header, events = read_csv(client, "events")
    assert str(content.private.translation_key) not in {row["id"] for row in events}


@pytest.mark.django_db
def test_an_export_follows_every_publication(client, content):
    assert len(read_csv(client, "bulletins")[1]) == 2
    content.draft.save_revision().publish()
    assert len(read_csv(client, "bulletins")[1]) == 3
    content.network_bulletin.unpublish()
    assert len(read_csv(client, "bulletins")[1]) == 2
    NetworkSettings.objects.filter(site__is_default_site=True).update(data_licence="Licence ouverte 2.0")
    assert read_json(client, "bulletins")["licence"]["name"] == "Licence ouverte 2.0"


def queries(client, url):
    client.get(url)  # warm: the site's settings row is created on first use
    cache.clear()  # then measured as built, not as served from the cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_an_export_costs_the_same_queries_however_many_rows_it_has(client, site_tree, member):
    translate(member, site_tree.locales.fr)

    def grow(start, stop):
        for n in range(start, stop):
            bulletin = factories.NewsPageFactory(parent=member, slug=f"b-{n}")
            if n % 2:
                translate(bulletin, site_tree.locales.fr)
            event = factories.EventPageFactory(parent=site_tree.events, slug=f"e-{n}")
            factories.ParticipationRowFactory(page=event, locale=event.locale)
            factories.RecommendationFactory(page=event, locale=event.locale)
            factories.MemberPageFactory(parent=site_tree.members, slug=f"m-{n}", hcp_code="02")

    urls = [f"/opendata/{slug}.{fmt}" for slug in DATASETS for fmt in ("csv", "json")]
    grow(0, 2)
    few = {url: queries(client, url) for url in urls}
    grow(2, 20)
    many = {url: queries(client, url) for url in urls}
    assert many == few


@pytest.mark.django_db
def test_unknown_exports_are_404(client, site_tree):
    for url in ("/opendata/members.xml", "/opendata/unknown.csv", "/opendata/members.csv/", "/opendata/.csv"):
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
def test_the_open_data_page_lists_every_export_in_both_languages(client, demo):
    from opendata.models import OpenDataPage

    pages = OpenDataPage.objects.live()
    assert {page.locale.language_code for page in pages} == {"ar", "fr"}
    for page in pages:
        html = client.get(page.url).content.decode()
        for slug in DATASETS:
            for fmt in ("csv", "json"):
                assert f'href="http://localhost/opendata/{slug}.{fmt}"' in html or f"/opendata/{slug}.{fmt}" in html
        assert 'rel="license"' in html and "CC BY 4.0" in html
        for column in DATASETS["members"].column_names():
            assert f'<code dir="ltr">{column}</code>' in html
    _header, members = read_csv(client, "members")
    assert len(members) == MemberPage.objects.live().filter(locale__language_code="ar").count()
    _header, recommendations = read_csv(client, "recommendations")
    assert len(recommendations) == sum(
        page.recommendations.count() for page in EventPage.objects.live().filter(locale__language_code="ar")
    )
    _header, bulletins = read_csv(client, "bulletins")
    assert len(bulletins) == NewsPage.objects.live().filter(locale__language_code="ar").count()
    assert Page.objects.live().filter(locale__language_code="fr").type(OpenDataPage).exists()
