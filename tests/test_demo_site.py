"""The demo site, as a newcomer browses it after `make run`: every live page answers 200."""

import re

import pytest

from django.utils.html import escape

from wagtail.models import Page


@pytest.mark.django_db
def test_every_live_page_answers_200(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() > 30
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, f"{page.url} answered {response.status_code}"
        assert escape(page.title) in response.content.decode()  # French titles have apostrophes


@pytest.mark.django_db
def test_the_saidia_workshop_shows_its_team_and_participation(client, demo):
    from events.models import EventPage

    workshop = EventPage.objects.get(slug="communication-workshop", locale__language_code="ar")
    assert workshop.participation_totals == {"women": 15, "men": 32, "total": 47}
    html = client.get(workshop.url).content.decode()
    assert "أمل بلشقر" in html
    assert "من 12 إلى 13 نونبر 2024" in html
    assert ">47<" in html  # the table's computed total
    assert "57" in html  # the attendance the report announces


ARABIC_ALT = re.compile(r'alt="[^"]*[\u0600-\u06FF][^"]*"')


@pytest.mark.django_db
def test_french_pages_read_out_no_arabic_image_text(client, demo):
    # The demo's images are ornaments and placeholder logos, marked decorative: their Arabic titles
    # are never a French page's alternative text.
    french = Page.objects.live().filter(locale__language_code="fr", depth__gt=1)
    for page in french:
        html = client.get(page.url).content.decode()
        assert not ARABIC_ALT.findall(html), page.url
