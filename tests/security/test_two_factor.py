"""Two-factor login: staff and superusers need a code from their phone after the password; officers may.

End to end in the test client: the real login form, enrolment with a TOTP key, the code after the password,
recovery codes, guessing refused, staff resetting an officer's second factor, the screens in both languages.
"""

import os
import re
import subprocess
import sys
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from tests.auth import sign_in
from tests.member_spaces import refused

pytestmark = [pytest.mark.security, pytest.mark.django_db]

HOME = "/admin/"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"


def code_for(device, steps_ahead=0):
    """What the phone shows now (or `steps_ahead` periods later: a code is accepted once per period)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def password_login(user, password="pw", language="ar"):
    """A browser's session after the admin's login form, password only."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    response = client.post("/admin/login/", {"username": user.get_username(), "password": password})
    assert response.status_code == 302, response.content[:500]
    return client


def with_password(user, password="pw"):
    """A fresh copy of `user` with a known password (the module's shared user objects stay untouched)."""
    user = get_user_model().objects.get(pk=user.pk)
    user.set_password(password)
    user.save()
    return user


def enrol(client):
    """Enrolment as a person does it: open the screen, type the app's first code. Returns the device and codes."""
    response = client.get(SETUP)
    assert response.status_code == 200
    device = TOTPDevice.objects.get(pk=_unconfirmed(client))
    secret = response.context["secret"].replace(" ", "")
    assert secret and "<svg" in response.content.decode()
    response = client.post(SETUP, {"code": code_for(device)})
    assert response.status_code == 200
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    return TOTPDevice.objects.get(pk=device.pk), codes


def _unconfirmed(client):
    user_id = client.session["_auth_user_id"]
    return TOTPDevice.objects.get(user_id=user_id, confirmed=False).pk


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@dgct.example", "pw")


# --- required of staff and superusers ------------------------------------------------------------


def test_a_superusers_password_alone_does_not_open_the_admin(superuser):
    client = password_login(superuser)
    response = client.get(HOME)
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
    for url in ["/admin/pages/", "/admin/users/", reverse("lockouts:index"), "/admin/api/main/pages/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(SETUP), url


def test_staff_enrol_then_sign_in_with_password_and_code(spaces):
    staff = with_password(spaces.staff)
    client = password_login(staff)
    assert client.get(HOME)["Location"].startswith(SETUP)
    device, codes = enrol(client)
    assert device.confirmed
    assert len(codes) == settings.TWO_FACTOR_RECOVERY_CODES
    assert client.get(HOME).status_code == 200

    # A new sign-in asks for the code after the password.
    client = password_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"code": "000000"}).status_code == 200  # shown again, with an error
    assert client.get(HOME).status_code == 302
    time.sleep(1.1)  # after a wrong code the app's codes are refused for a second (then 2, 4, 8…)
    response = client.post(VERIFY, {"code": code_for(device, steps_ahead=1), "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get(HOME).status_code == 200


def test_a_code_already_used_cannot_be_replayed(superuser):
    client = password_login(superuser)
    device, _ = enrol(client)
    used = code_for(device)  # accepted at enrolment
    client = password_login(superuser)
    response = client.post(VERIFY, {"code": used})
    assert response.status_code == 200 and client.get(HOME).status_code == 302


def test_a_recovery_code_signs_in_once(superuser):
    client = password_login(superuser)
    _, codes = enrol(client)
    client = password_login(superuser)
    assert client.post(VERIFY, {"code": codes[0].upper()}).status_code == 302
    assert client.get(HOME).status_code == 200
    assert StaticToken.objects.filter(device__user=superuser).count() == len(codes) - 1
    client = password_login(superuser)
    assert client.post(VERIFY, {"code": codes[0]}).status_code == 200
    assert client.get(HOME).status_code == 302


def test_guessing_second_factor_codes_is_locked_out(superuser):
    client = password_login(superuser)
    device, _ = enrol(client)
    client = password_login(superuser)
    for number in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(VERIFY, {"code": f"{123456 + number}"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session  # signed out
    # The right password and code are refused too until the pause is over.
    response = Client().post("/admin/login/", {"username": "root", "password": "pw"})
    assert response.status_code == 429


def test_a_stolen_password_cannot_replace_the_second_factor(superuser):
    client = password_login(superuser)
    device, _ = enrol(client)
    thief = password_login(superuser)
    response = thief.get(SETUP)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    response = thief.post(SETUP, {"code": "123456"})
    assert response.status_code == 302
    assert list(TOTPDevice.objects.filter(user=superuser).values_list("pk", flat=True)) == [device.pk]


def test_staff_cannot_turn_their_second_factor_off(spaces):
    client = sign_in(Client(), spaces.staff)
    assert refused(client.post(reverse("users_two_factor:disable")))
    assert TOTPDevice.objects.filter(user=spaces.staff).exists()


def test_after_the_code_an_outside_next_address_is_refused(superuser):
    client = password_login(superuser)
    device, _ = enrol(client)
    client = password_login(superuser)
    response = client.post(VERIFY, {"code": code_for(device, steps_ahead=1), "next": "https://evil.example/admin/"})
    assert response.status_code == 302 and response["Location"] == HOME


# --- offered to officers -----------------------------------------------------------------------


def test_an_officer_signs_in_without_a_second_factor_and_may_turn_it_on_and_off(spaces):
    officer = with_password(spaces.officer_a)
    client = password_login(officer)
    assert client.get(HOME).status_code == 200
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("users_two_factor:manage") in account
    device, codes = enrol(client)
    assert codes
    client = password_login(officer)
    assert client.get(HOME)["Location"].startswith(VERIFY)
    client.post(VERIFY, {"code": code_for(device, steps_ahead=1)})
    assert client.post(reverse("users_two_factor:disable")).status_code == 302
    assert not TOTPDevice.objects.filter(user=spaces.officer_a).exists()
    assert password_login(officer).get(HOME).status_code == 200


# --- reset by staff ----------------------------------------------------------------------------


def test_staff_reset_an_officers_lost_second_factor(spaces):
    TOTPDevice.objects.create(user=spaces.officer_a, name="Authenticator app", confirmed=True)
    staff = sign_in(Client(), spaces.staff)
    listing = staff.get("/admin/users/").content.decode()
    assert reverse("users_two_factor:reset", args=[spaces.officer_a.pk]) in listing
    assert staff.get(reverse("users_two_factor:reset", args=[spaces.officer_a.pk])).status_code == 200
    response = staff.post(reverse("users_two_factor:reset", args=[spaces.officer_a.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=spaces.officer_a).exists()


def test_staff_cannot_reset_a_colleagues_or_a_superusers_second_factor(spaces, superuser):
    colleague = get_user_model().objects.create_user("colleague", "c@dgct.example", "pw")
    colleague.groups.add(spaces.network.staff)
    for target in (colleague, superuser):
        TOTPDevice.objects.create(user=target, name="Authenticator app", confirmed=True)
    staff = sign_in(Client(), spaces.staff)
    for target in (colleague, superuser):
        url = reverse("users_two_factor:reset", args=[target.pk])
        assert refused(staff.get(url)) and refused(staff.post(url))
        assert TOTPDevice.objects.filter(user=target).exists()


def test_an_officer_cannot_reset_anyones_second_factor(spaces):
    TOTPDevice.objects.create(user=spaces.officer_b, name="Authenticator app", confirmed=True)
    officer = sign_in(Client(), spaces.officer_a)
    url = reverse("users_two_factor:reset", args=[spaces.officer_b.pk])
    assert refused(officer.post(url))
    assert TOTPDevice.objects.filter(user=spaces.officer_b).exists()


# --- in the user's language --------------------------------------------------------------------


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_the_screens_speak_the_users_language(superuser, language, direction):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()
    client = password_login(superuser)
    with translation.override(language):
        title = translation.gettext("Set up two-factor authentication")
        verify_title = translation.gettext("Two-factor authentication")
    assert title != "Set up two-factor authentication" or language == "en"
    html = client.get(SETUP).content.decode()
    assert f'dir="{direction}"' in html and title in html
    device, _ = enrol(client)
    html = password_login(superuser).get(VERIFY).content.decode()
    assert f'dir="{direction}"' in html and verify_title in html


# --- the setting -------------------------------------------------------------------------------


def setting_in(module, name, env=None):
    code = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": module, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True,
        check=False, timeout=60,
    )  # fmt: skip
    return result.stdout.strip()


def test_with_the_requirement_lifted_the_demo_admin_signs_in_with_a_password(superuser, settings):
    settings.TWO_FACTOR_REQUIRED = False  # as in site_cms/settings/dev.py, for `make run`'s admin/admin
    assert password_login(superuser).get(HOME).status_code == 200


def test_the_requirement_is_lifted_only_for_local_development():
    production = {"SECRET_KEY": "x" * 64, "ALLOWED_HOSTS": "rmcto.example.org"}
    assert setting_in("site_cms.settings.dev", "TWO_FACTOR_REQUIRED") == "False"
    assert setting_in("site_cms.settings.production", "TWO_FACTOR_REQUIRED", production) == "True"
    assert settings.TWO_FACTOR_REQUIRED is True  # the tests
