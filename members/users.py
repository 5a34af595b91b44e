"""User management in the admin, through Wagtail's documented `UserViewSet`, closed to what `members.accounts` allows.

For anyone but a superuser: the list shows the accounts they may manage (officers'), every view on
one account (edit, delete, history, usage, copy) is refused for any other, and the forms offer only
officers' groups and never the superuser flag. `members.apps.UsersConfig` installs it in place of
Wagtail's own.
"""

from django.core.exceptions import PermissionDenied

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users

from members.accounts import assignable_groups, manageable_accounts


class _LimitedToAssignableGroups:
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if for_user is None or for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            self.fields["groups"].queryset = assignable_groups(for_user)


class ManagedUserCreationForm(_LimitedToAssignableGroups, UserCreationForm):
    pass


class ManagedUserEditForm(_LimitedToAssignableGroups, UserEditForm):
    def save(self, commit=True):
        # Groups the editor may not assign stay as they were (the form only offered officers' groups).
        kept = []
        if self.instance.pk and "groups" in self.fields:
            offered = set(self.fields["groups"].queryset.values_list("pk", flat=True))
            kept = [group for group in self.instance.groups.all() if group.pk not in offered]
        user = super().save(commit=commit)
        if kept and commit:
            user.groups.add(*kept)
        return user


class ManagedObjectMixin:
    """Any view on one account: refused unless the request's user may manage it."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not manageable_accounts(self.request.user, type(obj)._default_manager.filter(pk=obj.pk)).exists():
            raise PermissionDenied
        return obj


class _ForUserFormMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["for_user"] = self.request.user
        return kwargs


class UserFilterSet(wagtail_users.UserFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None and not request.user.is_superuser:
            self.filters["group"].queryset = assignable_groups(request.user)
            self.filters.pop("is_superuser", None)


class IndexView(wagtail_users.IndexView):
    def get_base_queryset(self):
        return manageable_accounts(self.request.user, super().get_base_queryset())


class CreateView(_ForUserFormMixin, wagtail_users.CreateView):
    pass


class EditView(_ForUserFormMixin, ManagedObjectMixin, wagtail_users.EditView):
    pass


class CopyView(_ForUserFormMixin, ManagedObjectMixin, wagtail_users.UserViewSet.copy_view_class):
    pass


class DeleteView(ManagedObjectMixin, wagtail_users.DeleteView):
    pass


class HistoryView(ManagedObjectMixin, wagtail_users.HistoryView):
    pass


class UsageView(ManagedObjectMixin, wagtail_users.UserViewSet.usage_view_class):
    pass


class UserViewSet(wagtail_users.UserViewSet):
    filterset_class = UserFilterSet
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    copy_view_class = CopyView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView

    def get_form_class(self, for_update=False):
        return ManagedUserEditForm if for_update else ManagedUserCreationForm
