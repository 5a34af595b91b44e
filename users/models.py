"""The site's user model, in place from the first migration so it can grow without pain."""

from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    class Meta(AbstractUser.Meta):
        permissions = [
            # Held by network staff (members/roles.py) and, as every permission, by superusers: users/two_factor.py.
            ("require_two_factor", _("Must sign in with a second factor")),
        ]
