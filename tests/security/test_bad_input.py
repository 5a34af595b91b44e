"""Bad input on every public page answers 200, 400 or 404 in the visitor's language, never 500; what editors type
is escaped, and rich text keeps no script.
"""

import json

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import streamfield

from news.models import NewsPage
from tests import factories
from tests.member_spaces import news_form

pytestmark = pytest.mark.security

PAYLOAD = '<script>alert("x")</script>'
BAD_QUERIES = [
    "page=abc",
    "page=99999",
    "page=-1",
    "page=1e9",
    "member=nobody",
    "region=atlantis",
    "category=unknown",
    "year=abc",
    "year=99999",
    "year=-5",
    "theme=unknown",
    "kind=planet",
    f"category={PAYLOAD}",
    f"member={PAYLOAD}",
    f"q={PAYLOAD}",
    "q=" + "ب" * 5000,
    "page=%00",
]


@pytest.fixture
def public_urls(site_tree, member):
    news = factories.NewsPageFactory(parent=member, slug="communique")
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia")
    experience = factories.ExperiencePageFactory(parent=member, slug="citizen-office")
    pages = [site_tree.home, site_tree.about, site_tree.members, member, site_tree.news, news,
             site_tree.experiences, experience, site_tree.events, event]  # fmt: skip
    urls = [page.url for page in pages] + [site_tree.fr.news.url, site_tree.fr.home.url]
    return urls + ["/ar/search/", "/fr/search/"]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_never_errors_nor_reflects(client, public_urls, query):
    for url in public_urls:
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 400, 404), f"{url}?{query} answered {response.status_code}"
        assert PAYLOAD not in response.content.decode(), f"{url}?{query} reflects the payload unescaped"


def test_unknown_filter_answers_400_in_the_visitors_language(client, site_tree):
    response = client.get(site_tree.news.url + "?category=unknown")
    assert response.status_code == 400
    assert 'lang="ar"' in response.content.decode()
    response = client.get(site_tree.fr.news.url + "?year=abc")
    assert response.status_code == 400
    assert 'lang="fr"' in response.content.decode()


def test_page_past_the_end_is_a_404_in_the_visitors_language(client, site_tree):
    response = client.get(site_tree.fr.news.url + "?page=99999")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="fr"' in html and 'dir="ltr"' in html


def test_non_numeric_page_reads_as_the_first(client, site_tree, member):
    factories.NewsPageFactory(parent=member, slug="communique", title="بلاغ حول الإنارة العمومية")
    response = client.get(site_tree.news.url + "?page=abc")
    assert response.status_code == 200
    assert "بلاغ حول الإنارة العمومية" in response.content.decode()


def test_unknown_path_is_a_404_page_in_each_language(client, site_tree):
    for language, direction in [("ar", "rtl"), ("fr", "ltr")]:
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        html = response.content.decode()
        assert f'lang="{language}"' in html and f'dir="{direction}"' in html


def test_too_long_search_is_a_400(client, site_tree):
    response = client.get("/ar/search/?q=" + "ا" * 1000)
    assert response.status_code == 400


@pytest.mark.django_db
def test_a_script_typed_into_a_title_or_summary_is_escaped(client, member):
    page = factories.NewsPageFactory(parent=member, slug="xss", title=PAYLOAD, summary=PAYLOAD)
    for url in (page.url, member.url):
        html = client.get(url).content.decode()
        assert PAYLOAD not in html, url
        assert "&lt;script&gt;" in html, url


def test_a_javascript_link_in_rich_text_is_dropped_and_typed_script_escaped(admin_client, member):
    """What the editor's browser sends (Draftail's content state), forged to carry a `javascript:` link."""
    text = "piège <script>alert(2)</script>"
    contentstate = {
        "blocks": [{"key": "k1", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 5, "key": 0}]}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }  # fmt: skip
    form = news_form("بلاغ", "rich-text-xss", body=streamfield([("paragraph", json.dumps(contentstate))]))
    response = admin_client.post(reverse("wagtailadmin_pages:add", args=("news", "newspage", member.pk)), form)
    assert response.status_code == 302
    html = admin_client.get(NewsPage.objects.get(slug="rich-text-xss").url).content.decode()
    assert "piège" in html
    assert "javascript:" not in html
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
