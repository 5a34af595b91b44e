"""The search page and its autocomplete, on both databases: results, filters, snippets, bad input, queries."""

import datetime
import json
from urllib.parse import quote

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("x")</script>'


@pytest.fixture
def pages(site_tree, member):
    lighting = factories.NewsPageFactory(
        parent=member,
        slug="lighting",
        title="بلاغ حول الإنارة العمومية",
        summary="بلاغ من الجماعة في موضوع الإنارة العمومية.",
        date=datetime.date(2024, 2, 9),
    )
    office = factories.ExperiencePageFactory(
        parent=member, slug="citizen-office", title="مكتب المواطن بجماعة بني أنصار", summary="خدمة المرتفقين."
    )
    network = factories.NewsPageFactory(
        parent=site_tree.news,
        slug="network-lighting",
        title="لقاء الشبكة",
        summary="تحدث المشاركون عن الانارة في الأحياء " + PAYLOAD,
        date=datetime.date(2023, 5, 1),
    )
    return {"lighting": lighting, "office": office, "network": network}


def search(client, language="ar", **params):
    response = client.get(f"/{language}/search/", params)
    return response, response.content.decode()


def test_what_citizens_type_finds_the_page(client, pages):
    for query in ("الانارة العمومية", "إنارة", "الْإِنَارَةُ", "انارة"):
        response, html = search(client, q=query)
        assert response.status_code == 200
        assert pages["lighting"].url in html, query
    _, html = search(client, q="بنى انصار")
    assert pages["office"].url in html


def test_a_title_match_comes_before_a_summary_match(client, pages):
    response, html = search(client, q="الإنارة")
    assert html.index(pages["lighting"].url) < html.index(pages["network"].url)


def test_each_result_shows_its_kind_member_date_and_marked_snippet(client, pages, member):
    _, html = search(client, q="الانارة")
    item = html[html.index('class="search-result search-result--bulletin"') :]
    item = item[: item.index("</li>")]
    assert "بلاغ" in item  # the kind
    assert member.title in item and member.url in item
    assert 'datetime="2024-02-09"' in item
    assert "<mark>الإنارة</mark>" in item


def test_snippets_are_escaped(client, pages):
    _, html = search(client, q="الانارة الأحياء")
    assert PAYLOAD not in html
    assert "&lt;script&gt;" in html


def test_results_are_in_the_visitors_language(client, site_tree, pages):
    french = factories.NewsPageFactory(
        parent=site_tree.fr.news,
        locale=site_tree.locales.fr,
        slug="eclairage",
        title="Communiqué sur l'éclairage public",
    )
    _, html = search(client, "fr", q="eclairage")
    assert french.url in html
    _, html = search(client, "ar", q="eclairage")
    assert french.url not in html
    assert "/fr/search/?q=eclairage" in html  # the empty Arabic result points to the French one


def test_filter_by_kind_and_by_member(client, site_tree, pages, member):
    _, html = search(client, q="الانارة", kind="bulletin")
    assert pages["lighting"].url in html
    _, html = search(client, q="بني انصار", kind="experience")
    assert pages["office"].url in html and pages["lighting"].url not in html
    _, html = search(client, q="الانارة", member=member.slug)
    assert pages["lighting"].url in html and pages["network"].url not in html


def test_unknown_filters_answer_400_in_the_visitors_language(client, pages):
    response, html = search(client, q="الانارة", kind="planet")
    assert response.status_code == 400 and 'lang="ar"' in html
    response, html = search(client, "fr", q="eclairage", member="atlantis")
    assert response.status_code == 400 and 'lang="fr"' in html


def test_an_empty_result_says_what_was_searched_and_where_to_go(client, site_tree, pages):
    _, html = search(client, q='"الانارة" الزرافة')
    assert "الزرافة" in html
    assert "<bdi>الانارة الزرافة</bdi>" in html  # the words searched for, without the quotes
    assert "?q=%D8%A7%D9%84%D8%A7%D9%86%D8%A7%D8%B1%D8%A9" in html  # one word alone finds something
    assert site_tree.news.url in html and site_tree.members.url in html


def test_autocomplete_suggests_titles_while_typing(client, pages):
    for typed in ("الإنا", "انار", "مكتب الموا", "بجماعة بن"):
        response = client.get("/ar/search/suggest/", {"q": typed})
        assert response.status_code == 200
        data = json.loads(response.content)
        urls = [result["url"] for result in data["results"]]
        expected = pages["office" if "مكتب" in typed or "بن" in typed else "lighting"].url
        assert expected in urls, typed
        assert data["message"]


def test_autocomplete_is_in_the_visitors_language(client, site_tree, pages):
    data = json.loads(client.get("/fr/search/suggest/", {"q": "الإنا"}).content)
    assert data["results"] == []


def test_the_search_boxes_work_without_javascript_and_load_the_script_from_a_file(client, pages):
    _, html = search(client, q="الانارة")
    assert 'action="/ar/search/"' in html
    assert 'data-suggest="/ar/search/suggest/"' in html
    assert '<script src="/static/js/search-autocomplete.js" defer></script>' in html
    assert "<script>" not in html and "<style" not in html


# Bad input: every query answers 200 or 400 with a page in the visitor's language, never 500.
BAD_QUERIES = [
    '"',
    '"الانارة',
    "((الانارة",
    "الانارة)",
    "الانارة AND OR NOT",
    "a & b | !c <-> d:*",
    "\\",
    "\\\\'\\",
    "'; DROP TABLE wagtailcore_page; --",
    "\x00",
    "الا\x00نارة",
    "\ud800",
    "\udfff الانارة",
    "ب" * 10_000,
    "!!!???...",
    "\u064e\u064f\u0650\u0651",
    "ـــــ",
    "*",
    "NEAR(a b)",
    "title:x",
    PAYLOAD,
    "\u202e\u200f",
]


def test_no_query_breaks_the_search(client, pages):
    failures = []
    for language in ("ar", "fr"):
        for query in BAD_QUERIES:
            # As a browser sends it: UTF-8, percent-encoded; a lone surrogate arrives as its three bytes.
            encoded = quote(query.encode("utf-8", "surrogatepass"))
            for path in ("", "suggest/"):
                response = client.get(f"/{language}/search/{path}?q={encoded}")
                body = response.content.decode()
                if response.status_code not in (200, 400):
                    failures.append((language, query[:20], path, response.status_code))
                elif PAYLOAD in body:
                    failures.append((language, query[:20], path, "payload reflected"))
                elif not path and f'lang="{language}"' not in body:
                    failures.append((language, query[:20], path, "not in the visitor's language"))
                elif not path and response.status_code == 400 and 'role="alert"' not in body:
                    failures.append((language, query[:20], path, "400 without a message"))
                elif path:
                    json.loads(body)
    assert not failures


def test_nul_bytes_in_the_raw_query_string(client, pages):
    for url in ("/ar/search/?q=%00", "/ar/search/?q=%E2%80%AE%00%22", "/fr/search/suggest/?q=%00%ED%A0%80"):
        assert client.get(url).status_code in (200, 400), url


def test_the_search_query_count_stays_flat(client, site_tree, member):
    def make(n):
        factories.NewsPageFactory(parent=member if n % 2 else site_tree.news, slug=f"b-{n}", title=f"نشرة رقم {n}")

    def count():
        client.get("/ar/search/?q=نشرة")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ar/search/?q=نشرة").status_code == 200
        return [q["sql"][:90] for q in captured.captured_queries]

    for n in range(3):
        make(n)
    few = count()
    for n in range(3, 25):
        make(n)
    many = count()
    assert len(many) == len(few), "\n".join(few) + "\n-----\n" + "\n".join(many)


def test_a_page_is_found_once_published_and_no_longer_once_unpublished(client, member):
    draft = factories.NewsPageFactory(parent=member, slug="draft", title="بلاغ حول تهيئة الحدائق", live=False)
    url = f"{member.url}draft/"
    _, html = search(client, q="الحدائق")
    assert url not in html
    draft.save_revision().publish()
    _, html = search(client, q="الحدائق")
    assert url in html
    draft.refresh_from_db()
    draft.unpublish()
    _, html = search(client, q="الحدائق")
    assert url not in html


def test_a_search_within_a_member_walks_that_members_pages_and_one_across_the_site_walks_the_entries(
    site_tree, member, pages
):
    """PostgreSQL's search reads the newest matches in the member's subtree when the search is narrowed to it,
    and the index entries newest first otherwise, private sections (left out by `public()`) included."""
    from wagtail.models import Page, PageViewRestriction

    from core.privacy import public
    from search.backends.postgres import within_subtree

    PageViewRestriction.objects.create(page=site_tree.events, restriction_type=PageViewRestriction.LOGIN)
    everywhere = public(Page.objects.live())
    assert not within_subtree(everywhere.query.where)
    assert within_subtree(everywhere.descendant_of(member, inclusive=True).query.where)
    assert within_subtree(everywhere.filter(locale=member.locale).descendant_of(member).query.where)


@pytest.mark.postgres
def test_a_search_is_planned_for_its_words_even_with_prepared_statements(pages):
    """With prepared statements, PostgreSQL may keep one plan for every search; within a search it may not."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's plan cache: SQLite has none")
    from search.backends.common import custom_plans

    def setting(name):
        with connection.cursor() as cursor:
            cursor.execute(f"SHOW {name}")
            return cursor.fetchone()[0]

    # The test runs in a transaction, as a search may (an admin view's): the settings are put back after it.
    assert setting("plan_cache_mode") == "auto"
    with custom_plans():
        assert setting("plan_cache_mode") == "force_custom_plan"
        with CaptureQueriesContext(connection) as nested, custom_plans():  # the results', inside the view's
            assert setting("plan_cache_mode") == "force_custom_plan"
        assert [q["sql"] for q in nested.captured_queries] == ["SHOW plan_cache_mode"]
    assert setting("plan_cache_mode") == "auto"


@pytest.mark.postgres
def test_a_ranked_search_counts_its_results_without_asking_again(site_tree, member):
    """PostgreSQL ranks the matches among candidates read with the results' own filters: their number is the count."""
    if connection.vendor != "postgresql":
        pytest.skip("the ranking among candidates is PostgreSQL's; SQLite counts with Wagtail's database backend")
    from wagtail.models import Page

    for n in range(14):
        factories.NewsPageFactory(parent=member if n % 2 else site_tree.news, slug=f"b-{n}", title=f"نشرة رقم {n}")
    factories.NewsPageFactory(parent=member, slug="draft", title="نشرة لم تنشر", live=False)
    pages = Page.objects.live().public().filter(locale=member.locale)
    results = pages.search("نشرة")
    with CaptureQueriesContext(connection) as counted:
        assert results.count() == 14
    assert not [query for query in counted.captured_queries if "COUNT(" in query["sql"]]
    assert len(list(pages.search("نشرة"))) == 14
    assert pages.search("نشرة")[10:].count() == len(list(pages.search("نشرة")[10:])) == 4
    assert pages.search("نشرة")[3:7].count() == 4
    assert pages.descendant_of(member).search("نشرة").count() == 7, "a member's own, counted the same way"


@pytest.mark.postgres
def test_two_words_one_in_the_title_and_one_in_the_body_find_the_page(site_tree, member):
    """Every term of a page is matched in one column (`body`): the title's, the summary's and the text's."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's index columns; SQLite's FTS5 table has its own")
    from wagtail.models import Page

    page = factories.NewsPageFactory(
        parent=member,
        slug="souk",
        title="تهيئة السوق الأسبوعي",
        summary="أشغال في الساحة.",
        date=datetime.date(2024, 3, 1),
    )
    pages = Page.objects.live().public().filter(locale=member.locale)
    for query in ("السوق", "الساحة", "السوق الساحة", "أسبوعي أشغال"):
        assert list(pages.search(query)) == [page.page_ptr], query
    assert not list(pages.search("السوق المريخ")), "every word is still required"


@pytest.mark.postgres
def test_entries_indexed_before_the_title_joined_the_body_are_found_after_migrating(site_tree, member):
    """search/0003 gives the entries already written their title's terms in `body`, which searches now read."""
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL migration: nothing to do on SQLite")
    import importlib

    from wagtail.models import Page

    from search import text

    migration = importlib.import_module("search.migrations.0003_every_term_in_body")
    page = factories.NewsPageFactory(parent=member, slug="souk", title="تهيئة السوق الأسبوعي", summary="أشغال.")
    with connection.cursor() as cursor:  # as the previous version wrote it: the title's terms in `title` only
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET body = strip(to_tsvector('simple', %s)) WHERE object_id = %s",
            [" ".join(text.index_terms("الزيتون")), str(page.pk)],
        )
    pages = Page.objects.live().public().filter(locale=member.locale)
    assert list(pages.search("السوق")) == [page.page_ptr], "its title alone is still read for ranking"
    assert not list(pages.search("السوق الزيتون")), "a word of its title and one of its text: not before"
    with connection.schema_editor() as editor:
        migration.forwards(None, editor)
    assert list(pages.search("السوق الزيتون")) == [page.page_ptr]
    assert list(pages.search("الزيتون")) == [page.page_ptr]


@pytest.mark.postgres
def test_a_searchs_candidates_are_joined_to_their_pages_by_key_and_the_setting_is_put_back(pages):
    """PostgreSQL underestimates two words that go together and would hash the whole page table to join their
    matches; the candidates' query is planned without hash joins, and only it (or, on the search page, whose
    searches are all bounded by their candidates, the whole transaction, set once)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner settings: SQLite has none")
    from wagtail.models import Page

    from search.backends.common import custom_plans

    def hash_joins():
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_hashjoin")
            return cursor.fetchone()[0]

    with custom_plans(), CaptureQueriesContext(connection) as searched:
        results = Page.objects.live().public().search("الإنارة العمومية")
        assert results.count() == 1
        assert hash_joins() == "on"
    sql = [query["sql"] for query in searched.captured_queries]
    candidates = next(n for n, statement in enumerate(sql) if " UNION " in statement)
    assert "set_config(" in sql[candidates - 1] and "enable_hashjoin" in sql[candidates - 1]
    assert "set_config(" in sql[candidates + 1]
    assert hash_joins() == "on"

    with custom_plans(bounded=True), CaptureQueriesContext(connection) as searched:
        assert hash_joins() == "off"
        assert Page.objects.live().public().search("الإنارة العمومية").count() == 1
    assert not [query for query in searched.captured_queries if "set_config(" in query["sql"]]
    assert hash_joins() == "on"
