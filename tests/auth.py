"""Signing test clients in as the admin expects: password, then the second factor where one is asked for."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def pass_second_factor(client, user):
    """What the two-factor screen does after a right code: the session remembers which device passed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def sign_in(client, user):
    """`client` signed in as `user`, past the second factor (which staff and superusers must pass)."""
    client.force_login(user)
    pass_second_factor(client, user)
    return client


def sign_in_as_superuser(client):
    """In place of WagtailTestUtils.login(): the test client's login() sends no request, which django-axes needs."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username="admin").first()
    user = user or get_user_model().objects.create_superuser("admin", "admin@example.com", "password")
    sign_in(client, user)
    return user


def authenticate(username, password):
    """Django's authenticate() as the login form calls it: with a request, which django-axes needs."""
    from django.contrib.auth import authenticate as django_authenticate
    from django.test import RequestFactory

    return django_authenticate(RequestFactory().post("/admin/login/"), username=username, password=password)
