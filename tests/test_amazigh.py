"""Amazigh is configuration: with `zgh` in the language list, Tamazight pages are served with no code change.

What makes it work is data: `zgh`'s language info in the settings (LANG_INFO_EXTRA, Django has none), a
message catalogue in locale/zgh (Django only accepts a language it has a catalogue for), a Locale and
translated pages. These tests add the language the way SITE_LANGUAGES=ar,fr,zgh does.
"""

import datetime
import re

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import translation

from wagtail.models import Locale

from core.dates import format_date, format_date_range
from tests import factories
from tests.rendered import read
from tests.site import translate

TIFINAGH = re.compile(r"[\u2d30-\u2d7f]")


@pytest.fixture
def with_amazigh(site_tree):
    """The site with Tamazight added to its languages, a Tamazight locale and a translated home and sections."""
    languages = [*settings.LANGUAGES, ("zgh", settings.LANGUAGE_NAMES["zgh"])]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        clear_url_caches()
        zgh = Locale.objects.create(language_code="zgh")
        home = translate(site_tree.home, zgh)
        home.title, home.hero_title = "ⴰⵙⵏⵓⴱⴳ", "ⴰⵥⵟⵟⴰ ⴰⵎⵖⵔⵉⴱⵉ"
        home.save()
        events = translate(site_tree.events, zgh)
        yield site_tree, home, events
    clear_url_caches()


def test_the_language_is_declared_in_the_settings_only():
    info = translation.get_language_info("zgh")
    assert info["bidi"] is False
    assert info["name_local"] == "ⵜⴰⵎⴰⵣⵉⵖⵜ"
    assert "zgh" not in settings.LANGUAGES_BIDI


def test_the_tamazight_home_is_served_left_to_right(client, with_amazigh):
    _tree, home, _events = with_amazigh
    assert home.url == "/zgh/"
    response = client.get("/zgh/")
    assert response.status_code == 200
    page = read(response)
    assert (page.lang, page.dir) == ("zgh", "ltr")
    assert "ⴰⵥⵟⵟⴰ ⴰⵎⵖⵔⵉⴱⵉ" in response.content.decode()
    # The switcher names the language in its own script, and the page's hreflang names every version.
    assert page.switcher["zgh"].current
    assert set(page.alternates) == {"ar", "fr", "zgh"}
    assert page.x_default == "/ar/"


def test_arabic_and_french_pages_point_to_the_tamazight_one(client, with_amazigh):
    tree, _home, _events = with_amazigh
    for url in [tree.home.url, tree.fr.home.url]:
        page = read(client.get(url))
        assert page.alternates["zgh"] == "/zgh/"
        assert page.switcher["zgh"].href == "/zgh/"
        assert not page.switcher["zgh"].untranslated


def test_an_untranslated_page_leads_to_its_closest_tamazight_ancestor(client, with_amazigh):
    tree, _home, events = with_amazigh
    event = factories.EventPageFactory(parent=tree.events, slug="saidia")
    page = read(client.get(event.url))
    assert page.switcher["zgh"].href == events.url == "/zgh/events/"
    assert page.switcher["zgh"].untranslated
    assert "zgh" in page.notices


def test_the_stylesheet_gives_tamazight_a_tifinagh_font_first(client, with_amazigh):
    response = client.get("/zgh/")
    assert re.search(r'<link rel="stylesheet" href="/static/css/site\.css', response.content.decode())
    with open(finders.find("css/site.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    tifinagh_stack = re.search(r"--font-tifinagh:\s*([^;]+);", css).group(1)
    assert "Noto Sans Tifinagh" in tifinagh_stack
    zgh_rule = re.search(r":root:lang\(zgh\)\s*\{([^}]*)\}", css).group(1)
    assert re.search(r"--font-body:\s*var\(--font-tifinagh\)", zgh_rule)
    assert re.search(r"--font-heading:\s*var\(--font-tifinagh\)", zgh_rule)


def test_interface_strings_and_dates_come_from_the_tamazight_catalogue(client, with_amazigh):
    response = client.get("/zgh/")
    page = read(response)
    search_labels = [text.text for text in page.texts if text.where == "span" and TIFINAGH.search(text.text)]
    assert "ⴰⵔⵣⵣⵓ" in search_labels  # «Search», from locale/zgh
    with translation.override("zgh"):
        assert format_date(datetime.date(2024, 11, 12)) == "12 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024"
        assert format_date_range(datetime.date(2024, 11, 12), datetime.date(2024, 11, 13)) == (
            "12 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024 – 13 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024"
        )
