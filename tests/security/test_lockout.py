"""Password guessing: after a few failures per account or per client address, every try is refused for a while.

The admin login, the site's login (private pages), the password-reset form and page passwords all count; the
refusal is a 429 in the visitor's language that says nothing about whether the account exists. Network staff
see and lift lockouts in the admin.
"""

import re

import pytest
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from tests.auth import sign_in
from tests.member_spaces import refused
from users.lockout import client_ip

pytestmark = [pytest.mark.security, pytest.mark.django_db]

LIMIT = settings.AXES_FAILURE_LIMIT
ADMIN_LOGIN = "/admin/login/"


def try_login(client, username, password, url=ADMIN_LOGIN, **headers):
    return client.post(url, {"username": username, "password": password}, **headers)


def signed_in(client):
    return "_auth_user_id" in client.session


def paused_message(language):
    with translation.override(language):
        return translation.gettext("Too many attempts")


@pytest.fixture
def amal(db):
    return get_user_model().objects.create_user("amal", "amal@bni-ansar.example", "a-long-right-password")


def test_password_guessing_is_locked_out_even_when_the_right_password_comes(client, amal):
    for _ in range(LIMIT - 1):
        assert try_login(client, "amal", "wrong-guess").status_code == 200
    response = try_login(client, "amal", "wrong-guess")
    assert response.status_code == 429
    response = try_login(client, "amal", "a-long-right-password")
    assert response.status_code == 429
    assert not signed_in(client)


def test_a_lockout_does_not_tell_whether_the_account_exists(client, amal):
    answers = []
    for number, username in enumerate(["amal", "nobody-by-this-name"]):
        address = {"REMOTE_ADDR": f"198.51.100.{number + 1}"}
        for _ in range(LIMIT):
            response = try_login(client, username, "wrong-guess", **address)
        answers.append(response)
    assert [answer.status_code for answer in answers] == [429, 429]
    # Byte for byte the same, but for the CSRF token every admin page carries.
    pages = [re.sub(r'"CSRF_TOKEN": "[^"]+"', "", answer.content.decode()) for answer in answers]
    assert pages[0] == pages[1]
    assert "amal" not in pages[0]


def test_guessing_many_accounts_from_one_address_is_locked_out(client, amal):
    for number in range(LIMIT):
        response = try_login(client, f"user{number}", "wrong-guess")
    assert response.status_code == 429
    assert try_login(client, "amal", "a-long-right-password").status_code == 429


def test_guessing_one_account_from_many_addresses_is_locked_out(client, amal):
    for number in range(LIMIT):
        response = try_login(client, "amal", "wrong-guess", REMOTE_ADDR=f"203.0.113.{number + 1}")
    assert response.status_code == 429
    response = try_login(client, "amal", "a-long-right-password", REMOTE_ADDR="203.0.113.200")
    assert response.status_code == 429


def test_changing_case_or_spaces_does_not_make_a_fresh_account_to_guess(client, amal):
    for number, username in enumerate(["amal", "Amal", " AMAL ", "aMaL", "amal "]):
        response = try_login(client, username, "wrong-guess", REMOTE_ADDR=f"192.0.2.{number + 1}")
    assert response.status_code == 429


def test_a_forged_forwarded_for_header_does_not_reset_the_count(client, amal):
    # No proxy is configured: the header is the client's own words, and ignored.
    for number in range(LIMIT):
        response = try_login(client, f"user{number}", "wrong-guess", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
    assert response.status_code == 429


def test_behind_the_proxy_only_the_address_it_appends_counts(client, amal, settings, rf):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    request = rf.get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "203.0.113.7"
    assert client_ip(rf.get("/", HTTP_X_FORWARDED_FOR="not an address", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
    # A client that writes addresses of its own in front still counts as the one the proxy saw.
    for number in range(LIMIT):
        forged = f"10.0.0.{number}, 203.0.113.7"
        response = try_login(client, f"user{number}", "wrong-guess", HTTP_X_FORWARDED_FOR=forged)
    assert response.status_code == 429
    other = try_login(client, "amal", "a-long-right-password", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert other.status_code == 302


def test_the_lockout_speaks_the_visitors_language(client, amal):
    for _ in range(LIMIT):
        response = try_login(client, "amal", "wrong-guess", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    html = response.content.decode()
    assert paused_message("fr") in html and 'lang="fr"' in html
    response = try_login(client, "amal", "wrong-guess", HTTP_ACCEPT_LANGUAGE="ar")
    html = response.content.decode()
    assert paused_message("ar") in html and 'dir="rtl"' in html
    assert paused_message("ar") != paused_message("en")


def test_password_guessing_on_the_sites_login_is_locked_out(client, site_tree, amal):
    with translation.override("ar"):
        url = reverse("wagtailcore_login")
    assert url.startswith("/ar/")
    for _ in range(LIMIT):
        response = try_login(client, "amal", "wrong-guess", url=url)
    assert response.status_code == 429
    assert 'lang="ar"' in response.content.decode()
    assert try_login(client, "amal", "a-long-right-password", url=url).status_code == 429
    assert not signed_in(client)


def test_flooding_the_password_reset_form_is_locked_out(client, amal):
    url = reverse("wagtailadmin_password_reset")
    for _ in range(LIMIT):
        assert client.post(url, {"email": "amal@bni-ansar.example"}).status_code == 302
    response = client.post(url, {"email": "amal@bni-ansar.example"})
    assert response.status_code == 429
    assert len(mail.outbox) == LIMIT
    # The same answer for an address no account has.
    other = client.post(url, {"email": "nobody@example.org"}, REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


def test_password_reset_requests_for_one_account_from_many_addresses_are_locked_out(client, amal):
    url = reverse("wagtailadmin_password_reset")
    for number in range(LIMIT):
        client.post(url, {"email": "AMAL@bni-ansar.example"}, REMOTE_ADDR=f"203.0.113.{number + 1}")
    response = client.post(url, {"email": "amal@bni-ansar.example"}, REMOTE_ADDR="203.0.113.99")
    assert response.status_code == 429


def test_guessing_a_page_password_is_locked_out(client, site_tree):
    page = site_tree.about
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="the-page-password"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    for _ in range(LIMIT):
        response = client.post(url, {"password": "guess", "return_url": page.url})
        assert response.status_code in (200, 429)
    response = client.post(url, {"password": "the-page-password", "return_url": page.url})
    assert response.status_code == 429


def test_the_right_page_password_still_opens_the_page(client, site_tree):
    page = site_tree.about
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="the-page-password"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    client.post(url, {"password": "guess", "return_url": page.url})
    response = client.post(url, {"password": "the-page-password", "return_url": page.url})
    assert response.status_code == 302


# --- staff see and lift lockouts ---------------------------------------------------------------


def lock_out(client, username):
    for _ in range(LIMIT):
        try_login(client, username, "wrong-guess", REMOTE_ADDR="203.0.113.50")


def test_staff_see_a_lockout_and_lift_it(client, spaces, amal):
    lock_out(client, "amal")
    staff = sign_in(client.__class__(), spaces.staff)
    listing = staff.get(reverse("lockouts:index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "amal" in html and "203.0.113.50" in html
    attempt = AccessAttempt.objects.get(username="amal")
    confirm = staff.get(reverse("lockouts:delete", args=[attempt.pk]))
    assert confirm.status_code == 200
    assert staff.post(reverse("lockouts:delete", args=[attempt.pk])).status_code == 302
    assert not AccessAttempt.objects.filter(username="amal").exists()
    response = try_login(client, "amal", "a-long-right-password", REMOTE_ADDR="203.0.113.50")
    assert response.status_code == 302 and signed_in(client)


def test_an_officer_cannot_see_nor_lift_lockouts(client, spaces, amal):
    lock_out(client, "amal")
    officer = sign_in(client.__class__(), spaces.officer_a)
    attempt = AccessAttempt.objects.get(username="amal")
    assert refused(officer.get(reverse("lockouts:index")))
    assert refused(officer.post(reverse("lockouts:delete", args=[attempt.pk])))
    assert AccessAttempt.objects.filter(username="amal").exists()


def test_nobody_adds_or_edits_a_lockout_by_hand(admin_client):
    from django.urls import NoReverseMatch

    for name in ("lockouts:add", "lockouts:edit", "lockouts:copy"):
        with pytest.raises(NoReverseMatch):
            reverse(name, args=[1]) if name != "lockouts:add" else reverse(name)
