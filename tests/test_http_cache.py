"""Caching right by construction: who may keep which answer, what a change purges, and fragments that follow.

Anonymous public pages say `public` with a shared-cache lifetime and set no cookie; anything personal says
`private, no-store`. Publishing, unpublishing, moving or deleting a page purges every address that shows it
(tests/test_varnish.py proves it through a real Varnish); the cached header, footer and figures follow every
change on the next request.
"""

import datetime

import pytest

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction, Site

from core.models import NetworkSettings
from home.models import FeaturedExperience, HomePage
from news.models import NewsPage
from tests import factories
from tests.auth import sign_in
from tests.site import translate

HOST = "http://localhost"
PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache that remembers what it was asked to purge."""

    def purge(self, url):
        PURGED.append(url)


RECORDING = {"test": {"BACKEND": "tests.test_http_cache.RecordingBackend"}}


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = RECORDING
    PURGED.clear()
    return PURGED


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` around a change: purges are sent once it commits, as in a request."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def bulletin(site_tree, member):
    return factories.NewsPageFactory(parent=member, slug="lighting", title="الإنارة العمومية")


# ---------- who may keep what ----------


@override_settings(CACHE_MAX_AGE=60, CACHE_S_MAXAGE=3600)
@pytest.mark.parametrize("url", ["home", "news", "bulletin", "member", "search"])
def test_an_anonymous_public_page_may_be_kept_by_everyone(client, site_tree, member, bulletin, url):
    path = {
        "home": site_tree.home.url,
        "news": site_tree.news.url + "?page=1",
        "bulletin": bulletin.url,
        "member": member.url,
        "search": "/ar/search/",
    }[url]
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=3600"
    assert not response.cookies, "a public page set a cookie"
    assert "cookie" not in response.get("Vary", "").lower()


def test_a_view_with_its_own_policy_keeps_it(client, site_tree):
    response = client.get(site_tree.news.url + "feed/")
    assert response["Cache-Control"].startswith("public, max-age=")
    assert not response.cookies


def test_a_missing_page_may_be_kept_too(client, site_tree):
    response = client.get("/ar/news/nothing-here/")
    assert response.status_code == 404
    assert response["Cache-Control"].startswith("public")


def test_a_signed_in_visitor_gets_private_pages(client, site_tree, bulletin, django_user_model):
    sign_in(client, django_user_model.objects.create_superuser("root", "root@example.org", "pw"))
    for path in (site_tree.home.url, bulletin.url, "/admin/"):
        assert client.get(path)["Cache-Control"] == "private, no-store", path


def test_searches_forms_and_private_sections_are_private(client, site_tree, bulletin):
    assert client.get("/ar/search/?q=الإنارة")["Cache-Control"] == "private, no-store"
    # A form carries this visitor's CSRF token.
    response = client.get("/ar/alerts/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    # A page behind a password: its form, and the page once the password is given, are this visitor's.
    PageViewRestriction.objects.create(page=site_tree.news, restriction_type="password", password="secret")
    private = factories.NewsPageFactory(parent=site_tree.news, slug="private-one")
    assert client.get(private.url)["Cache-Control"] == "private, no-store"


def test_a_post_is_never_kept(client, site_tree):
    assert client.post("/ar/search/", {"q": "x"})["Cache-Control"] == "private, no-store"


# ---------- what a change purges ----------


def test_publishing_purges_the_page_its_translations_indexes_home_and_feeds(
    purged, committed, site_tree, member, bulletin
):
    category = factories.NewsCategoryFactory(slug="communique")
    member_fr = translate(member, site_tree.locales.fr)
    bulletin.category = category
    bulletin.save_revision().publish()
    translation = translate(bulletin, site_tree.locales.fr)
    purged.clear()

    bulletin.title = "برنامج الإنارة"
    with committed():
        bulletin.save_revision().publish()

    urls = set(purged)
    assert f"{HOST}/ar/members/bni-ansar/lighting/" in urls
    assert translation.get_full_url() in urls, "its French translation"
    assert f"{HOST}/ar/members/bni-ansar/" in urls and member_fr.get_full_url() in urls, "its member's page"
    assert f"{HOST}/ar/members/bni-ansar/feed/" in urls, "its member's feed"
    assert f"{HOST}/ar/" in urls and f"{HOST}/fr/" in urls, "the homes"
    assert f"{HOST}/ar/news/" in urls and f"{HOST}/ar/news/feed/" in urls and f"{HOST}/ar/news/feed/atom/" in urls
    assert f"{HOST}/ar/news/feed/category/communique/" in urls, "its category's feed (declared by news)"
    assert f"{HOST}/ar/news/feed/region/oriental/" in urls, "its region's feed (declared by news)"
    assert f"{HOST}/sitemap.xml" in urls


def test_publishing_purges_the_sitemap_files_the_open_data_and_the_api(purged, committed, site_tree, bulletin):
    purged.clear()
    bulletin.title = "برنامج الإنارة"
    with committed():
        bulletin.save_revision().publish()

    urls = set(purged)
    assert f"{HOST}/sitemap-pages.xml" in urls, "the sitemap's files (every ?p= with it)"
    assert f"{HOST}/opendata/bulletins.csv" in urls and f"{HOST}/opendata/bulletins.json" in urls
    assert f"{HOST}/opendata/members.csv" in urls
    assert f"{HOST}/api/v2/pages/" in urls and f"{HOST}/api/v2/pages/{bulletin.pk}/" in urls


def test_unpublishing_moving_and_deleting_purge_where_the_page_was(purged, committed, site_tree, member, bulletin):
    with committed():
        bulletin.unpublish()
    assert f"{HOST}/ar/members/bni-ansar/lighting/" in purged
    bulletin.save_revision().publish()
    purged.clear()

    with committed():
        bulletin.move(site_tree.news, pos="last-child")
    assert f"{HOST}/ar/members/bni-ansar/lighting/" in purged, "its old address"
    assert f"{HOST}/ar/news/lighting/" in purged, "its new address"
    assert f"{HOST}/ar/members/bni-ansar/" in purged, "its old member's page"
    purged.clear()

    bulletin.refresh_from_db()
    with committed():
        bulletin.delete()
    assert f"{HOST}/ar/news/lighting/" in purged
    assert f"{HOST}/ar/news/" in purged


def test_nothing_is_sent_without_a_frontend_cache(settings, committed, site_tree, bulletin):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    with committed():
        bulletin.save_revision().publish()
    assert PURGED == []


# ---------- cached fragments follow changes ----------


def test_the_menu_follows_a_renamed_section_at_once(client, site_tree):
    assert "بلاغات الشبكة" not in client.get(site_tree.home.url).content.decode()
    site_tree.news.title = "بلاغات الشبكة"
    site_tree.news.save_revision().publish()
    assert "بلاغات الشبكة" in client.get(site_tree.home.url).content.decode()


def test_the_footer_follows_the_settings_at_once(client, site_tree):
    assert "rmcto@dgct.ma" not in client.get(site_tree.home.url).content.decode()
    network = NetworkSettings.for_site(site_tree.home.get_site())
    network.contact_email = "rmcto@dgct.ma"
    network.save()
    assert "rmcto@dgct.ma" in client.get(site_tree.home.url).content.decode()


def test_the_figures_follow_a_new_member_at_once(client, site_tree, member):
    before = client.get(site_tree.members.url).context["figures"]["directory_total"]
    factories.MemberPageFactory(parent=site_tree.members, slug="ait-melloul", hcp_code="09.273.01.05")
    response = client.get(site_tree.members.url)
    assert response.context["figures"]["directory_total"] == before + 1
    assert "ait-melloul" in response.content.decode()


def test_the_filters_follow_a_new_category_and_keep_each_visitors_values(client, site_tree, bulletin):
    assert "تهيئة حضرية" not in client.get(site_tree.news.url).content.decode()
    factories.NewsCategoryFactory(name="تهيئة حضرية", slug="urbanisme", locale=site_tree.locales.ar)
    page = client.get(site_tree.news.url).content.decode()
    assert "تهيئة حضرية" in page, "the category, in the filters at once"
    chosen = client.get(site_tree.news.url + "?category=urbanisme").content.decode()
    assert 'value="urbanisme" selected' in chosen and 'value="urbanisme" selected' not in page


def test_a_members_page_is_kept_until_it_publishes_a_bulletin(client, site_tree, member):
    factories.NewsPageFactory(parent=member, slug="lighting", title="الإنارة العمومية")
    client.get(member.url)
    with CaptureQueriesContext(connection) as kept:
        assert "الإنارة العمومية" in client.get(member.url).content.decode()
    bulletin = factories.NewsPageFactory(parent=member, slug="budget", title="الميزانية", live=False)
    bulletin.title = "الميزانية التشاركية"
    bulletin.save_revision().publish()
    with CaptureQueriesContext(connection) as renewed:
        assert "الميزانية التشاركية" in client.get(member.url).content.decode()
    assert len(kept) < len(renewed), "its cards were kept, then read again once it published"


def test_what_passes_with_time_is_kept_a_minute_at_most(client, site_tree, member, settings, monkeypatch):
    """Upcoming events become past ones without any publication: their lists are kept a minute at most."""
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    soon = timezone.now() + datetime.timedelta(days=2)
    factories.EventPageFactory(parent=site_tree.events, title="ملتقى الشبكة", start=soon, end=soon)
    factories.EventPageFactory(parent=member, title="يوم مفتوح", start=soon, end=soon)
    kept = {}
    keep = cache.set

    def spy(key, value, timeout=DEFAULT_TIMEOUT, version=None):
        kept[key] = timeout
        return keep(key, value, timeout, version)

    monkeypatch.setattr(cache, "set", spy)
    page = client.get(member.url).content.decode()
    assert "يوم مفتوح" in page and "ملتقى الشبكة" in page
    client.get(site_tree.home.url)

    def timeouts(name):
        return {timeout for key, timeout in kept.items() if name in key}

    assert timeouts("member-listings") == {60}
    assert timeouts("home-listings") == {60}
    assert timeouts("next-network-event") == {60}
    assert timeouts("footer-contact") == {3600}, "what changes only with content is kept until it changes"


def test_a_preview_shows_its_drafts_featured_experiences_and_visitors_never_see_them(client, site_tree):
    shown = factories.ExperiencePageFactory(parent=site_tree.experiences, title="مكتب المواطن")
    drafted = factories.ExperiencePageFactory(parent=site_tree.experiences, title="الميزانية التشاركية")
    home = HomePage.objects.get(pk=site_tree.home.pk)
    home.featured_experiences = [FeaturedExperience(experience=shown)]
    home.save_revision().publish()

    def preview():
        draft = HomePage.objects.get(pk=home.pk)
        draft.featured_experiences = [FeaturedExperience(experience=drafted)]
        return draft.make_preview_request().content.decode()

    def public():
        # On the host the preview is rendered for: only the preview's own key tells them apart.
        return client.get(home.url, HTTP_HOST="localhost").content.decode()

    for html in (preview(), public(), preview(), public()):
        assert ("مكتب المواطن" in html) != ("الميزانية التشاركية" in html)
    assert "الميزانية التشاركية" in preview() and "مكتب المواطن" in public()


def test_a_previews_share_card_and_structured_data_are_the_drafts_and_never_kept(client, site_tree, member):
    bulletin = factories.NewsPageFactory(parent=member, slug="lighting", title="الإنارة العمومية")

    def preview():
        draft = NewsPage.objects.get(pk=bulletin.pk)
        draft.title = "مسودة البلاغ"
        return draft.make_preview_request().content.decode()

    assert 'property="og:title" content="مسودة البلاغ"' in preview()
    public = client.get(bulletin.url, HTTP_HOST="localhost").content.decode()
    assert "مسودة البلاغ" not in public and 'property="og:title" content="الإنارة العمومية"' in public
    assert '"headline": "مسودة البلاغ"' in preview(), "the JSON-LD too, though the public page's is kept"
    bulletin.title = "برنامج الإنارة"
    bulletin.save_revision().publish()
    public = client.get(bulletin.url, HTTP_HOST="localhost").content.decode()
    assert 'property="og:title" content="برنامج الإنارة"' in public and '"headline": "برنامج الإنارة"' in public


def test_the_site_record_is_read_once_and_its_change_shows_at_once(client, site_tree):
    client.get(site_tree.about.url)
    with CaptureQueriesContext(connection) as served:
        client.get(site_tree.about.url)
    assert not [query for query in served if "wagtailcore_site" in query["sql"]]
    site = Site.objects.get(is_default_site=True)
    site.hostname = "127.0.0.1"
    site.save()
    assert 'property="og:url" content="http://127.0.0.1/ar/about/"' in client.get(site_tree.about.url).content.decode()
    # A host that ALLOWED_HOSTS refuses is refused as before, and nothing is kept for it.
    assert client.get(site_tree.about.url, HTTP_HOST="attacker.example").status_code == 400


# ---------- whole pages kept by the app ----------


def test_the_app_keeps_public_pages_until_content_changes(client, site_tree, bulletin, settings, django_user_model):
    settings.PAGE_CACHE = True
    client.get(bulletin.url)
    with CaptureQueriesContext(connection) as served:
        response = client.get(bulletin.url)
    assert len(served) == 0 and "الإنارة العمومية" in response.content.decode()
    assert response["Cache-Control"].startswith("public")

    bulletin.title = "برنامج الإنارة"
    bulletin.save_revision().publish()
    assert "برنامج الإنارة" in client.get(bulletin.url).content.decode()

    # Never for a visitor with a session, never what was private.
    sign_in(client, django_user_model.objects.create_superuser("root", "root@example.org", "pw"))
    response = client.get(bulletin.url)
    assert response["Cache-Control"] == "private, no-store"
    client.logout()
    client.cookies.clear()
    client.get("/ar/search/?q=الإنارة")
    with CaptureQueriesContext(connection) as searched:
        assert client.get("/ar/search/?q=الإنارة")["Cache-Control"] == "private, no-store"
    assert len(searched) > 0
