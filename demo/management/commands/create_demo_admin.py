"""`manage.py create_demo_admin`: a superuser admin/admin (and two member officers) for a local demo.

Never for production: known passwords are the point of a local demo login.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - a known password is the point of a local demo login


class Command(BaseCommand):
    help = (
        "Create or reset the superuser admin / admin and, once the demo content is loaded, two member "
        "officers. Local demo only: refused unless DEBUG or --force."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Create the demo login even though DEBUG is off. Never on a public server.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Refusing to create an admin/admin login with DEBUG off. "
                "This login is for a local demo; pass --force if you really mean it."
            )
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org", "first_name": "Demo", "last_name": "Admin"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        action = "Created" if created else "Reset"
        self.stdout.write(self.style.SUCCESS(f"{action} the demo superuser."))
        self.stdout.write(f"  login: {USERNAME}   password: {PASSWORD}   (local use only)")
        self.create_officers()

    def create_officers(self):
        """Two members' communication officers, to try the admin as an officer sees it."""
        from demo.officers import create_demo_officers

        try:
            officers = create_demo_officers()
        except LookupError:
            self.stdout.write("  (no demo officers: run load_demo_content first)")
            return
        for username, password, member in officers:
            self.stdout.write(f"  officer of {member}: login: {username}   password: {password}")
