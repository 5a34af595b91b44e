"""Relevance on the demo content, on PostgreSQL: what a citizen types → the page that must come first.

Each row is a search as a person would type it: with or without the article, hamza or not, «ى» for «ي»,
«ه» for «ة», a prefix glued on, a plural, diacritics, Arabic-Indic digits, French with or without accents.
"""

import pytest

from django.db import connection

from wagtail.models import Locale, Page

from search import text
from search.backends.common import IndexedText

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="relevance is measured on PostgreSQL, the production database (set DATABASE_URL)",
    ),
]

# (language, what is typed, slug of the page that must come first, the rule it shows)
RELEVANCE = [
    ("ar", "الانارة العمومية", "communique-public-lighting", "alef without hamza; both words"),
    ("ar", "الإنارة", "communique-public-lighting", "as written"),
    ("ar", "إنارة", "communique-public-lighting", "without the article"),
    ("ar", "الْإِنَارَةُ الْعُمُومِيَّةُ", "communique-public-lighting", "diacritics copied from a document"),
    ("ar", "بنى انصار", "bni-ansar", "«ى» for «ي», no hamza; the member, shorter title, first"),
    ("ar", "بني أنصار", "bni-ansar", "as written"),
    ("ar", "مكتب المواطن", "citizen-office", "a title"),
    ("ar", "مواطن", "citizen-office", "without the article"),
    ("ar", "المواطنين", "citizen-office", "a plural for the singular of the title"),
    ("ar", "النشر الاستباقي", "access-to-information", "a theme's words"),
    ("ar", "ايت ملول", "ait-melloul", "«آ» typed «ا»"),
    ("ar", "مكناس", "meknes", "a member's name: its own page first"),
    ("ar", "لمكناس", "meknes", "«ل» glued on"),
    ("ar", "ورزازات", "ouarzazate-annual-forum-2019", "a city: the event held there"),
    ("ar", "العرائش", "larache-participatory-governance-meeting-2016", "a city with its article"),
    ("ar", "بالسعيدية", "saidia-national-meeting-2024", "«ب» and the article glued on"),
    ("ar", "ندوة الرؤساء", "communique-presidents-conference", "«ؤ»"),
    ("ar", "كأس امم افريقيا", "communique-africa-cup-of-nations", "hamzas left out"),
    ("ar", "امتحان الكفاءه المهنيه", "professional-exam-results-2023", "«ه» for «ة»"),
    ("ar", "دورة فبراير ٢٠٢٤", "communique-february-2024-session", "Arabic-Indic digits"),
    ("ar", "التشبيك", "rabat-networking-workshop-2024", "a word of a title"),
    ("ar", "الشكايات", "larache-participatory-governance-meeting-2016", "a plural; a programme's theme"),
    ("ar", "جهة الشرق", "oriental", "a region"),
    ("ar", "الجهه الشرقيه", "oriental", "an adjective for the name, «ه» for «ة»"),
    ("fr", "réclamations", "larache-participatory-governance-meeting-2016", "a plural, accented"),
    ("fr", "reclamation", "larache-participatory-governance-meeting-2016", "singular, no accent"),
    ("fr", "Meknes", "meknes", "no accent"),
    ("fr", "Meknès", "meknes", "with its accent"),
    ("fr", "éclairage public", "communique-public-lighting", "two words"),
    ("fr", "l'eclairage", "communique-public-lighting", "elision, no accent"),
    ("fr", "bureau du citoyen", "citizen-office", "a title, stop words left out"),
    ("fr", "citoyens", "citizen-office", "a plural"),
    ("fr", "Bni Ansar", "bni-ansar", "a member"),
    ("fr", "AIT MELLOUL", "ait-melloul", "capitals, no diaeresis"),
    ("fr", "publication proactive", "access-to-information", "a theme"),
    ("fr", "Ouarzazate", "ouarzazate-annual-forum-2019", "a city"),
]


@pytest.mark.parametrize(("language", "query", "slug", "rule"), RELEVANCE, ids=[row[1] for row in RELEVANCE])
def test_the_page_meant_comes_first(demo, language, query, slug, rule):
    locale = Locale.objects.get(language_code=language)
    results = Page.objects.live().public().filter(locale=locale).search(query)
    titles = [page.slug for page in results[:3]]
    assert titles and titles[0] == slug, f"{query!r} ({rule}): {titles}"


def test_the_search_page_shows_the_first_result_first(client, demo):
    html = client.get("/ar/search/", {"q": "الانارة العمومية"}).content.decode()
    first = html.index('class="search-result ')
    assert "communique-public-lighting" in html[first : first + 2000]
    assert "<mark>الإنارة</mark> <mark>العمومية</mark>" in html


def test_transparency_finds_pages_about_it(demo):
    locale = Locale.objects.get(language_code="ar")
    for query in ("الشفافيه", "الشفافية", "شفافية"):
        results = list(Page.objects.live().filter(locale=locale).specific().search(query)[:1])
        assert results, query
        indexed = IndexedText.of(results[0])
        assert "شفاف" in text.normalise(" ".join([indexed.title, indexed.summary, indexed.body])), query
