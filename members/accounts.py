"""Who manages whose account: superusers everyone's, network staff officers' only.

Network staff may create officers' accounts, edit and deactivate them, and put them in officers'
groups. They cannot touch a superuser's or a colleague's account, nor make anyone (themselves
included) a superuser or a member of any group but an officers' one. Wagtail offers all of that to
whoever may add or change users; here the same rules hold on every path that changes an account:
the user views and forms (`members.users`, a `UserViewSet` of Wagtail's documented kind) and the
bulk actions on users (`members.wagtail_hooks`).

An *officer's account* is one that is not a superuser's and belongs to no group but officers' groups
(a new account with no group is one).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.permission_policies import ModelPermissionPolicy

from members.roles import officer_group_ids


def officer_groups():
    return Group.objects.filter(pk__in=officer_group_ids())


def officer_accounts(queryset=None):
    queryset = get_user_model()._default_manager.all() if queryset is None else queryset
    other_groups = Group.objects.exclude(pk__in=officer_group_ids())
    return queryset.filter(is_superuser=False).exclude(groups__in=other_groups)


def manageable_accounts(actor, queryset=None):
    """The accounts `actor` may edit, deactivate or put in groups."""
    queryset = get_user_model()._default_manager.all() if queryset is None else queryset
    if actor.is_superuser:
        return queryset
    return officer_accounts(queryset).exclude(pk=actor.pk)


def may_manage(actor, account):
    return actor.is_superuser or manageable_accounts(actor).filter(pk=account.pk).exists()


def assignable_groups(actor):
    """The groups `actor` may put people in."""
    return Group.objects.all() if actor.is_superuser else officer_groups()


class AccountPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's permission policy for accounts, narrowed to `manageable_accounts` for one account.

    Registered for the user model by `members.apps.UsersConfig`, so whatever asks Wagtail whether someone may
    change or delete an account (the second factor's reset, Wagtail's own user views) gets these rules.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        return set(actions) <= {"view"} or may_manage(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances if set(actions) <= {"view"} else manageable_accounts(user, instances)
