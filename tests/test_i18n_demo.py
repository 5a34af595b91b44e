"""The demo site in both languages: on every demo page the switcher round-trips and hreflang pairs are symmetric."""

import pytest

from django.conf import settings

from wagtail.models import Page

from tests.rendered import read


@pytest.mark.django_db
def test_the_switcher_round_trips_on_every_demo_page(client, demo):
    pages = list(Page.objects.live().filter(depth__gt=1).select_related("locale"))
    assert len(pages) > 30
    rendered = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        rendered[page.url] = read(response)
    for page in pages:
        own = page.locale.language_code
        here = rendered[page.url]
        for code, _name in settings.LANGUAGES:
            if code == own:
                continue
            link = here.switcher[code]
            assert link.href in rendered, (page.url, code, link.href)
            if not link.untranslated:
                # The demo is fully translated: «الملتقى الوطني للشبكة» switches to the same meeting in French.
                assert rendered[link.href].switcher[own].href == page.url, (page.url, link.href)
                assert here.alternates[code] == link.href
                assert rendered[link.href].alternates == here.alternates
        assert here.x_default == here.alternates["ar"]
    assert not [url for url, page in rendered.items() if page.notices], "every demo page has its translation"
