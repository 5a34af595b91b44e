"""Bad input on every public page answers 200, 400 or 404 in the visitor's language, never 500."""

import pytest

from tests import factories

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
