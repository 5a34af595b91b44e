"""How search reads text (search/text.py): the one normaliser, light stemming, prefixes, both languages.

Pure Python: these run the same on SQLite and PostgreSQL.
"""

import pytest

from search import text
from search.snippets import mark, query_terms, snippet


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("الإنارة", "الاناره"),  # hamza under alef, tah marbuta
        ("أنصار", "انصار"),
        ("آيت", "ايت"),
        ("ٱلشبكة", "الشبكه"),  # alef wasla
        ("بنى", "بني"),  # alef maksura
        ("مؤسسة", "موسسه"),
        ("هيئة", "هييه"),
        ("الْمُوَاطِنُ", "المواطن"),  # diacritics copied from a document
        ("الإِنَارَةُ", "الاناره"),
        ("مــــكناس", "مكناس"),  # tatweel
        ("٢٠٢٤", "2024"),  # Arabic-Indic digits
        ("۲۰۲۴", "2024"),  # Persian digits
        ("Meknès", "meknes"),
        ("RÉCLAMATION", "reclamation"),
        ("Œuvre", "oeuvre"),
        ("ﻻ", "لا"),  # presentation form, NFKC
        ("a\x00b", "ab"),  # NUL
        ("x\u200fy", "xy"),  # a bidi mark
    ],
)
def test_normaliser(typed, normalised):
    assert text.normalise(typed) == normalised


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("المواطن", "مواطن"),  # the article
        ("المواطنين", "مواطن"),  # a plural
        ("للمواطنين", "المواطن"),  # the article after «ل»
        ("والمواطنين", "المواطن"),  # a conjunction glued on the article
        ("الجماعات", "جماعة"),  # feminine plural
        ("الشفافيه", "الشفافية"),  # «ه» for «ة»
        ("العمومية", "العمومي"),  # feminine and masculine adjective
        ("الشكايات", "شكاية"),
        ("réclamations", "reclamation"),  # French plural, accents folded
        ("communes", "commune"),
        ("Meknès", "meknes"),
    ],
)
def test_variants_of_a_word_share_a_stem(one, other):
    assert set(text.query_alternatives(one)[0]) & set(text.query_alternatives(other)[0])


@pytest.mark.parametrize(
    ("glued", "bare"),
    [("بجماعة", "جماعة"), ("لمكناس", "مكناس"), ("وبمكناس", "مكناس"), ("فالجماعة", "جماعة"), ("كمكتب", "مكتب")],
)
def test_a_glued_prefix_is_also_read_without_it(glued, bare):
    stem = text.query_alternatives(bare)[0][0]
    assert stem in text.index_terms(glued)
    assert stem in text.query_alternatives(glued)[0]


def test_a_word_that_only_looks_prefixed_keeps_its_own_stem():
    # «بلاغ» is a word, not «ب» + «لاغ»; «بني» never loses its «ب» (too short).
    assert text.query_alternatives("بلاغ")[0][0] == "بلاغ"
    assert text.query_alternatives("بني") == [("بن",)]


def test_different_words_stay_apart():
    assert not set(text.query_alternatives("مكتب")[0]) & set(text.query_alternatives("مكناس")[0])
    assert not set(text.query_alternatives("budget")[0]) & set(text.query_alternatives("bureau")[0])


@pytest.mark.parametrize(
    "query", ['"', "((", "\\", "&|!", "—…", "\u064e\u064f\u0650", "", "   ", "\x00", "في من الى", "le la les"]
)
def test_queries_without_a_word_to_search(query):
    assert text.query_alternatives(query) == []


def test_autocomplete_terms_keep_words_as_typed_and_without_their_article():
    assert text.autocomplete_terms("مكتب المواطن بجماعة بني أنصار") == [
        "مكتب", "المواطن", "مواطن", "بجماعه", "جماعه", "بني", "انصار",
    ]  # fmt: skip
    assert text.autocomplete_terms("Le bureau du citoyen") == ["le", "bureau", "du", "citoyen"]


def test_snippet_marks_every_form_of_the_query_and_escapes_the_rest():
    terms = query_terms("الانارة")
    html = snippet("بلاغ <b>حول</b> الإنارة العمومية وإنارة الأحياء", terms)
    assert "<mark>الإنارة</mark>" in html
    assert "<mark>وإنارة</mark>" in html
    assert "&lt;b&gt;حول&lt;/b&gt;" in html
    assert "<b>" not in html


def test_snippet_is_the_passage_around_the_first_match():
    body = " ".join(f"كلمة{n}" for n in range(200)) + " الإنارة " + " ".join(f"كلمة{n}" for n in range(200, 400))
    html = snippet(body, query_terms("إنارة"), words=20)
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>الإنارة</mark>" in html
    assert "كلمة0 " not in html


def test_mark_keeps_diacritics_on_display():
    assert mark("عُرضت التجربة", query_terms("عرضت")) == "<mark>عُرضت</mark> التجربة"
