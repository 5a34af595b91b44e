"""Who manages whose account: superusers everyone's, everyone else officers' only.

Network staff may create officers' accounts, edit and deactivate them, and put them in
officers' groups. They cannot touch a superuser's or a colleague's account, nor make anyone
(themselves included) a superuser or a member of any group but an officers' one. Wagtail's
user forms offer all of that to whoever may add or change users, and its "copy user" view runs
no hook, so `members.isolation.MemberSpaceMiddleware` applies these checks to every user view.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from members.roles import OFFICERS_GROUP_PREFIX


def officer_group_ids():
    return set(Group.objects.filter(name__startswith=OFFICERS_GROUP_PREFIX).values_list("pk", flat=True))


def is_officer_account(user, officer_groups=None):
    officer_groups = officer_group_ids() if officer_groups is None else officer_groups
    return not user.is_superuser and set(user.groups.values_list("pk", flat=True)) <= officer_groups


def _account(pk):
    try:
        return get_user_model()._default_manager.get(pk=int(pk))
    except (ValueError, TypeError, get_user_model().DoesNotExist):
        return None


def check_user_view(request, kwargs, *, target_kwarg="pk", copies=False):
    """Refuse `request` unless it manages an officer's account and makes no one more than an officer."""
    actor = request.user
    if actor.is_superuser:
        return
    officer_groups = officer_group_ids()
    target = _account(kwargs[target_kwarg]) if target_kwarg in kwargs else None
    # A copy starts from another account's groups and rights: that account must be an officer's.
    if target is not None and (copies or target.pk != actor.pk) and not is_officer_account(target, officer_groups):
        raise PermissionDenied
    if request.method == "POST":
        if request.POST.get("is_superuser"):
            raise PermissionDenied
        kept = set() if target is None or copies else set(target.groups.values_list("pk", flat=True))
        wanted = {int(pk) for pk in request.POST.getlist("groups") if str(pk).isdigit()}
        if not wanted <= officer_groups | kept:
            raise PermissionDenied


def check_user_copy(request, kwargs):
    check_user_view(request, kwargs, copies=True)
