"""The admin's side of sign-in security: the two-factor screens, a link from the account, reset and lockouts."""

from axes.models import AccessAttempt

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from users import urls
from users.lockout import LockoutPermissionPolicy, LockoutViewSet


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("two-factor/", include(urls, namespace="users_two_factor"))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("users_two_factor:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("A code from an app on your phone, asked after your password."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    # Shown to whoever manages accounts, on accounts that are not superusers'; the view checks the rest
    # (users.two_factor.may_reset) without costing the listing a query per row.
    if request_user.is_superuser or (
        request_user.has_perm(f"{user._meta.app_label}.change_user") and not user.is_superuser
    ):
        yield Button(
            _("Reset two-factor"),
            reverse("users_two_factor:reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def lockouts_viewset():
    return LockoutViewSet()
