"""Password guessing is refused: a few failures per account or per client address, then a pause.

django-axes counts failed logins (the admin's, and the site's login for private pages: both go through
Django's `authenticate`) and, after `AXES_FAILURE_LIMIT` of them for one account or from one address, refuses
every try, right password included, for `AXES_COOLOFF_TIME`. What else can be guessed counts the same way,
through `ThrottledFormsMiddleware`: every request of the password-reset form (per address and per e-mail
address typed), every wrong page or collection password, every wrong second-factor code.

The answer to a locked-out client is the same whether the account exists or not, in the visitor's language.
Behind one reverse proxy, the client's address is read from the header named by `CLIENT_IP_HEADER` and
nowhere else (`client_ip`). Network staff see and lift lockouts in the admin (`LockoutViewSet`).
"""

import ipaddress
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from axes.utils import reset as reset_attempts

from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

# --- what axes asks us ------------------------------------------------------------------------


def client_ip(request):
    """The client's address: from the configured proxy header when there is one, else the connection's."""
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
        # A proxy appends the address it saw; whatever stands before it was written by the client.
        candidate = value.split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")


def attempted_username(request, credentials):
    """The account a try was for, as typed: trimmed and case-folded, so `Admin ` counts as `admin`."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    username = (username or "").strip().casefold()
    return username[:255] or None


def cooloff_minutes():
    return max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def admin_prefix():
    return reverse("wagtailadmin_home")


def lockout_response(request, original_response=None, credentials=None):
    """429, in the visitor's language, saying nothing about the account: the admin's or the site's look."""
    template = "users/lockout_admin.html" if request.path_info.startswith(admin_prefix()) else "users/lockout.html"
    return render(request, template, {"minutes": cooloff_minutes()}, status=settings.AXES_HTTP_RESPONSE_CODE)


# --- forms that are not logins but can be guessed at --------------------------------------------


def _every_post(response):
    return True


def _form_shown_again(response):
    # A right password redirects; a wrong one shows the form again.
    return response.status_code == 200


THROTTLED_VIEWS = {
    # view name: (what the try is about, which answers count as a failure)
    "wagtailadmin_password_reset": (lambda request, kwargs: request.POST.get("email", ""), _every_post),
    "wagtailcore_authenticate_with_password": (
        lambda request, kwargs: f"page-restriction-{kwargs.get('page_view_restriction_id')}",
        _form_shown_again,
    ),
    "wagtaildocs_authenticate_with_password": (
        lambda request, kwargs: f"collection-restriction-{kwargs.get('restriction_id')}",
        _form_shown_again,
    ),
}


def is_allowed(request, username):
    return AxesProxyHandler.is_allowed(request, {"username": username})


def record_failure(request, username):
    AxesProxyHandler.user_login_failed(sender=__name__, credentials={"username": username}, request=request)


class ThrottledFormsMiddleware:
    """The password-reset form and page passwords count towards the lockout, and are refused during one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        throttled = getattr(request, "_throttled_form", None)
        if throttled is not None:
            username, failed = throttled
            if failed(response):
                record_failure(request, username)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if request.method != "POST" or match is None or match.view_name not in THROTTLED_VIEWS:
            return None
        subject, failed = THROTTLED_VIEWS[match.view_name]
        username = attempted_username(request, {"username": subject(request, view_kwargs)})
        if not is_allowed(request, username):
            return lockout_response(request)
        request._throttled_form = (username, failed)
        return None


# --- the admin: staff see and lift lockouts ---------------------------------------------------


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Lockouts are seen ("view") and lifted ("delete"); nobody adds or edits one by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


def active_attempts():
    """Rows of failures within the cool-off period, worst first."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(attempt_time__gte=since).order_by("-failures_since_start", "-attempt_time")


class LockedColumn(Column):
    cell_template_name = "users/lockout_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["locked"] = instance.pk in parent_context.get("locked_pks", ())
        return context


class LockoutIndexView(generic.IndexView):
    page_title = _("Sign-in lockouts")
    paginate_by = 50
    default_ordering = None

    def get_base_queryset(self):
        return active_attempts()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        limit = settings.AXES_FAILURE_LIMIT
        rows = list(context["object_list"])
        by_ip = dict(active_attempts().values_list("ip_address").annotate(total=Sum("failures_since_start")).order_by())
        by_username = dict(
            active_attempts().values_list("username").annotate(total=Sum("failures_since_start")).order_by()
        )
        context["locked_pks"] = {
            row.pk for row in rows if by_ip.get(row.ip_address, 0) >= limit or by_username.get(row.username, 0) >= limit
        }
        context["failure_limit"] = limit
        context["cooloff_minutes"] = cooloff_minutes()
        return context

    @cached_property
    def columns(self):
        return [
            Column("username", label=_("Account tried"), accessor="username"),
            Column("ip_address", label=_("Client address"), accessor="ip_address"),
            Column("failures_since_start", label=_("Failures"), accessor="failures_since_start"),
            DateColumn("attempt_time", label=_("Last failure"), accessor="attempt_time"),
            LockedColumn("locked", label=_("Status")),
        ]


class LiftLockoutView(generic.DeleteView):
    """Forgets the failures of this account and of this address: both may try again at once."""

    page_title = _("Lift the lockout")

    def get_page_subtitle(self):
        return self.object.username or self.object.ip_address

    def get_usage_url(self):
        return None  # nothing refers to a failed sign-in

    def delete_action(self):
        reset_attempts(ip=self.object.ip_address, username=self.object.username, ip_or_username=True)

    def get_success_message(self):
        return _("The lockout of %(account)s has been lifted.") % {
            "account": self.object.username or self.object.ip_address
        }

    @cached_property
    def confirmation_message(self):
        return _(
            "The failed sign-ins of the account %(account)s and of the address %(address)s will be forgotten: "
            "both may try again at once."
        ) % {"account": self.object.username or "—", "address": self.object.ip_address or "—"}


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    url_prefix = "lockouts"
    name = "lockouts"
    index_view_class = LockoutIndexView
    delete_view_class = LiftLockoutView
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_urlpatterns(self):
        # Listing and lifting only: attempts are never added or edited by hand.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("lift/<int:pk>/", self.delete_view, name="delete"),
        ]
