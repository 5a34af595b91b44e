"""The two-factor screens of the admin: enrolment, the code after the password, recovery codes, reset by staff.

Registered under /admin/two-factor/ by users/wagtail_hooks.py (so Wagtail's admin-access check and the user's
admin language apply); each screen looks like Wagtail's sign-in page. See users/two_factor.py for who must.
"""

import logging

from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from users import two_factor
from users.forms import CodeForm
from users.lockout import attempted_username, is_allowed, lockout_response, record_failure

logger = logging.getLogger(__name__)


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _with_next(view_name, next_url):
    return f"{reverse(view_name)}?{urlencode({'next': next_url})}"


def _locked_out(request):
    """Too many wrong codes for this account or from this address: signed out, and told to wait."""
    logout(request)
    return lockout_response(request)


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """After the password: a code from the app, or a recovery code."""
    user = request.user
    next_url = _next_url(request)
    step = two_factor.pending_step(user)
    if step != "verify":
        return redirect(_with_next("users_two_factor:setup", next_url) if step == "setup" else next_url)
    username = attempted_username(request, {"username": user.get_username()})
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if not is_allowed(request, username):
            return _locked_out(request)
        device = two_factor.match_code(user, form.data.get("code", "")) if form.is_valid() else None
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = two_factor.recovery_codes_left(user)
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code: %(count)s is left. Make new ones from your account.",
                        "You signed in with a recovery code: %(count)s are left. Make new ones from your account.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url)
        record_failure(request, username)
        if not is_allowed(request, username):
            return _locked_out(request)
        if two_factor.is_slowed_down(user):
            form.add_error("code", _("Wrong codes were typed: wait a few seconds, then type the code the app shows."))
        else:
            form.add_error("code", _("This code is not right or was already used. Type the next code of the app."))
    return TemplateResponse(request, "users/two_factor/verify.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    """Enrolment: scan the key into an authenticator app, type its first code, keep the recovery codes."""
    user = request.user
    next_url = _next_url(request)
    if two_factor.has_second_factor(user) and not two_factor.is_verified(user):
        # Replacing a second factor takes the current one: otherwise a stolen password would be enough.
        return redirect(_with_next("users_two_factor:verify", next_url))
    device = two_factor.new_authenticator(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = "".join(form.cleaned_data["code"].split())
        if code.isdigit() and device.verify_token(code):
            codes = two_factor.confirm_authenticator(user, device)
            otp_login(request, device)
            logger.info("Two-factor login turned on for user %s", user.pk)
            return TemplateResponse(
                request, "users/two_factor/recovery_codes.html", {"codes": codes, "next": next_url, "enrolled": True}
            )
        form.add_error("code", _("This code is not right. Check the app's time and type the code it shows now."))
    context = {
        "form": form,
        "next": next_url,
        "qr_code": two_factor.qr_code_svg(device),
        "secret": two_factor.secret_for_humans(device),
        "required": two_factor.is_required(user),
        "replacing": two_factor.has_second_factor(user),
    }
    return TemplateResponse(request, "users/two_factor/setup.html", context)


@never_cache
def manage(request):
    """The account's two-factor page: on or off, recovery codes left, and what can be done."""
    user = request.user
    context = {
        "enabled": two_factor.has_second_factor(user),
        "required": two_factor.is_required(user),
        "codes_left": two_factor.recovery_codes_left(user),
    }
    return TemplateResponse(request, "users/two_factor/manage.html", context)


@never_cache
@require_POST
def recovery_codes(request):
    """A new set of recovery codes, shown once; the old ones stop working."""
    if not two_factor.has_second_factor(request.user):
        return redirect("users_two_factor:manage")
    codes = two_factor.new_recovery_codes(request.user)
    return TemplateResponse(
        request, "users/two_factor/recovery_codes.html", {"codes": codes, "next": reverse("users_two_factor:manage")}
    )


@never_cache
@require_POST
def disable(request):
    """Turns one's own second factor off, where it is not required."""
    if two_factor.is_required(request.user):
        raise PermissionDenied
    two_factor.remove_second_factor(request.user)
    logger.info("Two-factor login turned off by user %s", request.user.pk)
    messages.success(request, _("Two-factor authentication is off for your account."))
    return redirect("users_two_factor:manage")


@never_cache
def reset(request, pk):
    """Staff reset someone's second factor (a lost phone): they sign in with their password and enrol again."""
    target = get_object_or_404(get_user_model(), pk=pk)
    if not two_factor.may_reset(request.user, target):
        raise PermissionDenied
    if request.method == "POST":
        two_factor.remove_second_factor(target)
        logger.warning("Two-factor login of user %s reset by user %s", target.pk, request.user.pk)
        messages.success(
            request,
            _("The second factor of %(user)s has been reset.") % {"user": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    context = {"target": target, "enabled": two_factor.has_second_factor(target)}
    return TemplateResponse(request, "users/two_factor/reset.html", context)
