"""Two-factor login: a code from an authenticator app (TOTP) after the password, recovery codes as a spare.

Whoever holds the permission `users.require_two_factor` (the "Network staff" group, see members/roles.py, and
superusers, who hold every permission) must sign into the admin with a second factor: until they have one,
the admin shows them only the enrolment screen. Everyone else with admin access (the members' officers) may
turn it on from their account. Once someone has a second factor, every new session asks for it, required or
not. `TWO_FACTOR_REQUIRED = False` (settings/dev.py only) lifts the requirement so the demo logins of
`make run` keep working; tests and production have it on.

The screens (users/views.py) are django-otp's TOTP and static devices; the session remembers which device
passed (django_otp.login), and `OTPMiddleware` tells each request whether its user is verified.
"""

from base64 import b32encode

import segno
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.urls import reverse

from wagtail.permissions import policy_registry

REQUIRE_PERMISSION = "users.require_two_factor"
TOTP_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"

# Admin views a signed-in user reaches before their second factor: signing in and out, the screens of the
# second factor themselves, and what those screens load.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "users_two_factor:verify",
    "users_two_factor:setup",
}
OPEN_VIEW_PREFIXES = ("wagtailadmin_password_reset",)


# --- who must, who has -----------------------------------------------------------------------


def is_required(user):
    """Must `user` sign in with a second factor? Network staff and superusers, unless switched off (dev)."""
    return bool(
        settings.TWO_FACTOR_REQUIRED and user.is_authenticated and user.is_active and user.has_perm(REQUIRE_PERMISSION)
    )


def has_second_factor(user):
    return user.is_authenticated and TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def is_verified(user):
    verified = getattr(user, "is_verified", None)
    return bool(verified and verified())


def pending_step(user):
    """What `user` must still do before the admin opens: "verify", "setup" or nothing (None)."""
    if not user.is_authenticated or is_verified(user):
        return None
    if has_second_factor(user):
        return "verify"
    if is_required(user):
        return "setup"
    return None


def is_fully_signed_in(user):
    """Signed in, and past the second factor wherever one is asked for: trusted with unpublished content."""
    return user.is_authenticated and user.is_active and pending_step(user) is None


# --- devices ---------------------------------------------------------------------------------


def new_authenticator(user):
    """The authenticator being enrolled (unconfirmed until a first code is typed), made once per enrolment."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


def secret_for_humans(device):
    """The key, for typing into an app by hand: base32 in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The otpauth:// address of the key as an inline SVG QR code (no image request, nothing inline to run)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, dark="#000", light="#fff")


@transaction.atomic
def confirm_authenticator(user, device):
    """`device` becomes the user's only authenticator; a fresh set of recovery codes is returned."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    return new_recovery_codes(user)


@transaction.atomic
def new_recovery_codes(user):
    """Replaces the user's recovery codes with `TWO_FACTOR_RECOVERY_CODES` new ones, each usable once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.TWO_FACTOR_RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def remove_second_factor(user):
    """Forgets every device of `user`: their next sign-in asks for a password only (and enrolment if required)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def match_code(user, code):
    """The device a typed code belongs to (authenticator first, then a recovery code, used up), or None."""
    code = "".join(code.split()).replace("-", "").lower()
    if not code:
        return None
    # Six digits are the app's; anything else is a recovery code. Each wrong try slows its device down, so a
    # recovery code must not count against the authenticator.
    model = TOTPDevice if code.isdigit() and len(code) <= 8 else StaticDevice
    for device in model.objects.filter(user=user, confirmed=True):
        # verify_token refuses while the device is throttled (django-otp slows down repeated wrong codes).
        if device.verify_token(code):
            return device
    return None


def is_slowed_down(user):
    """After wrong codes, django-otp refuses even the right one for a moment (1, 2, 4, 8… seconds)."""
    return any(not device.verify_is_allowed()[0] for device in TOTPDevice.objects.filter(user=user, confirmed=True))


# --- the admin asks for it -------------------------------------------------------------------


def may_reset(actor, target):
    """Whoever may change an account resets its second factor; only a superuser resets one that is required.

    "May change" is the user model's permission policy, which the members layer narrows to officers' accounts
    for network staff (members.accounts).
    """
    if not actor.is_authenticated:
        return False
    policy = policy_registry.get_by_type(type(target))
    if not policy.user_has_permission_for_instance(actor, "change", target):
        return False
    if actor.is_superuser:
        return True
    return not target.is_superuser and not target.has_perm(REQUIRE_PERMISSION)


class TwoFactorMiddleware:
    """Sends a signed-in admin user to their second factor (or its enrolment) before any other admin screen."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def admin_prefix(self):
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        return self._admin_prefix

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        match = getattr(request, "resolver_match", None)
        if user is None or match is None or not request.path_info.startswith(self.admin_prefix()):
            return None
        if match.view_name in OPEN_VIEWS or match.view_name.startswith(OPEN_VIEW_PREFIXES):
            return None
        step = pending_step(user)
        if step is None:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(f"users_two_factor:{step}"))
