from django.apps import AppConfig

from wagtail.users.apps import WagtailUsersAppConfig


class MembersConfig(AppConfig):
    default = True  # the app's config; UsersConfig below is Wagtail's users app, installed by its own path
    name = "members"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from members import signals  # noqa: F401


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with user management closed to what `members.accounts` allows."""

    user_viewset = "members.users.UserViewSet"

    def ready(self):
        super().ready()
        from django.contrib.auth import get_user_model

        from wagtail.permissions import register_permission_policy

        from members.accounts import AccountPermissionPolicy

        User = get_user_model()
        register_permission_policy(User, AccountPermissionPolicy(User))
