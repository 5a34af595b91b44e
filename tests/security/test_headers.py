"""Headers that keep scripts, frames and sniffing out: on public pages, in the admin, on documents.

The public site has a strict Content-Security-Policy (this origin only, no inline script or style, never
framed); the admin the policy Wagtail 8 needs (inline allowed, nothing from elsewhere, never framed but by its
own preview); documents Wagtail's `default-src 'none'`. And no public template has an inline script or style.
"""

import re

import pytest

from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from members.roles import setup_network_roles
from tests import factories

pytestmark = [pytest.mark.security, pytest.mark.django_db]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def assert_nothing_from_elsewhere(directives, allowed_frames=()):
    for directive, sources in directives.items():
        for source in sources:
            if directive == "frame-src" and source in allowed_frames:
                continue
            assert not re.match(r"^(https?:|\*|wss?:)", source), f"{directive} allows {source}"


@pytest.fixture
def public_pages(site_tree, member):
    news = factories.NewsPageFactory(parent=member, slug="communique")
    event = factories.EventPageFactory(parent=site_tree.events, slug="saidia")
    experience = factories.ExperiencePageFactory(parent=member, slug="citizen-office")
    return [site_tree.home.url, site_tree.news.url, news.url, event.url, experience.url, member.url,
            site_tree.fr.home.url, "/ar/search/?q=بلاغ", "/fr/no-such-page/"]  # fmt: skip


def test_public_pages_refuse_inline_scripts_styles_and_other_origins(client, public_pages, settings):
    for url in public_pages:
        response = client.get(url)
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"], url
        assert_nothing_from_elsewhere(directives, allowed_frames=settings.CSP_FRAME_SOURCES)
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def inline_code(html):
    """Inline scripts (not data blocks), <style> blocks without a nonce, style="" and on…="" attributes."""
    found = []
    for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S | re.I):
        data = re.search(r'type="application/(ld\+)?json"', attrs)
        if "src=" not in attrs and not data and body.strip():
            found.append(f"<script{attrs}>")
    found += [m for m in re.findall(r"<style[^>]*>", html, flags=re.I) if "nonce=" not in m]
    found += re.findall(r"\sstyle=\"[^\"]*\"", html, flags=re.I)
    found += re.findall(r"\son[a-z]+=\"[^\"]*\"", html, flags=re.I)
    return found


def test_public_templates_carry_no_inline_script_or_style(client, public_pages):
    for url in public_pages:
        assert inline_code(client.get(url).content.decode()) == [], url


def test_an_embedded_video_is_framed_without_an_inline_style(client, site_tree):
    url = "https://www.youtube.com/watch?v=abcdefghijk"
    Embed.objects.create(
        url=url, max_width=960, hash=get_embed_hash(url, 960), type="video", width=480, height=270,
        provider_name="YouTube",
        html='<iframe src="https://www.youtube.com/embed/abcdefghijk" width="480" height="270"></iframe>',
    )  # fmt: skip
    page = site_tree.about.specific
    page.body = [("embed", {"embed": url, "caption": "Saïdia"})]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "https://www.youtube.com/embed/abcdefghijk" in html
    assert 'class="responsive-object"' in html
    assert inline_code(html) == []


def test_the_error_page_styles_itself_with_the_responses_nonce(site_tree):
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF="tests.security.failing_urls"):
        response = client.get("/ar/boom/")
    assert response.status_code == 500
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<style nonce="{nonce}">' in response.content.decode()
    assert policy(response)["style-src"] == ["'self'", f"'nonce-{nonce}'"]


def test_a_nonce_is_fresh_on_every_response(site_tree):
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF="tests.security.failing_urls"):
        first, second = client.get("/ar/boom/"), client.get("/ar/boom/")
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_the_admin_allows_what_wagtail_needs_and_nothing_from_elsewhere(admin_client, settings):
    for url in ["/admin/login/", "/admin/", "/admin/pages/", reverse("users_two_factor:manage")]:
        response = (admin_client if url != "/admin/login/" else Client()).get(url)
        directives = policy(response)
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"], url
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["form-action"] == ["'self'"]
        assert not any(source.startswith("'nonce-") for sources in directives.values() for source in sources)
        assert_nothing_from_elsewhere(directives, allowed_frames=settings.CSP_FRAME_SOURCES)
        assert response["X-Frame-Options"] == "DENY"


def test_only_the_admins_own_preview_may_be_framed_by_the_admin(admin_client, site_tree):
    response = admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[site_tree.about.pk]))
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_a_document_cannot_run_script_nor_be_sniffed(client):
    shared = setup_network_roles().network_collection  # the network's public collection
    document = get_document_model()(title="Programme", collection=shared)
    document.file.save("programme.txt", ContentFile(b"Programme of the meeting"), save=False)
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_production_cookies_stay_secure_and_httponly(settings):
    from tests.security.test_two_factor import setting_in

    production = {"SECRET_KEY": "x" * 64, "ALLOWED_HOSTS": "rmcto.example.org"}
    for name in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY"):
        assert setting_in("site_cms.settings.production", name, production) == "True", name
    assert setting_in("site_cms.settings.production", "SESSION_COOKIE_SAMESITE", production) == "Lax"
