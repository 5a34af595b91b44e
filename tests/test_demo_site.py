"""The demo site, as a newcomer browses it after `make run`: every live page answers 200."""

import pytest

from django.core.management import call_command
from django.utils.html import escape

from wagtail.models import Page


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        remove_demo_content()


def remove_demo_content():
    """Leave the database as the other tests expect it: only what migrations create."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Site

    from core.models import ExperienceTheme, NewsCategory, Region

    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    for model in (Region, NewsCategory, ExperienceTheme, get_image_model(), get_document_model()):
        model.objects.all().delete()
    Collection.objects.filter(depth__gt=1).delete()


@pytest.mark.django_db
def test_every_live_page_answers_200(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() > 30
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, f"{page.url} answered {response.status_code}"
        assert escape(page.title) in response.content.decode()  # French titles have apostrophes


@pytest.mark.django_db
def test_the_saidia_workshop_shows_its_team_and_participation(client, demo_site):
    from events.models import EventPage

    workshop = EventPage.objects.get(slug="communication-workshop", locale__language_code="ar")
    assert workshop.participation_totals == {"women": 15, "men": 32, "total": 47}
    html = client.get(workshop.url).content.decode()
    assert "أمل بلشقر" in html
    assert "من 12 إلى 13 نونبر 2024" in html
    assert ">47<" in html  # the table's computed total
    assert "57" in html  # the attendance the report announces
