"""`manage.py add_officer MEMBER_SLUG EMAIL`: make someone an officer of a member."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from members.roles import add_officer, find_member


class Command(BaseCommand):
    help = (
        "Create the account of EMAIL if there is none, and add it to the officers of the member "
        "MEMBER_SLUG (its latin slug or HCP code). A new account gets no password: the command "
        "prints a link, valid a few days, where its owner chooses one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "member", metavar="MEMBER_SLUG", help="the member's latin slug (e.g. bni-ansar) or HCP code"
        )
        parser.add_argument("email", metavar="EMAIL")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.WAGTAILADMIN_PERMITTED_LANGUAGES],
            help="the language of the officer's admin (default: the site's)",
        )

    def handle(self, *args, member, email, first_name, last_name, language, **options):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"'{email}' is not an email address.") from None
        page = find_member(member)
        if page is None:
            raise CommandError(
                f"No member has the slug or code '{member}'. Import it first: python manage.py import_members FILE.csv"
            )
        try:
            result = add_officer(page, email, first_name=first_name, last_name=last_name, language=language)
        except ValueError as error:
            raise CommandError(str(error)) from None

        user = result.user
        if result.created_user:
            self.stdout.write(f"Created the account {user.get_username()} ({user.email}), without a password.")
        else:
            self.stdout.write(f"Found the account {user.get_username()} ({user.email}).")
            if not user.is_active:
                self.stdout.write(
                    self.style.WARNING("This account is deactivated: reactivate it in the admin (Users).")
                )
        if result.added_to_group:
            self.stdout.write(f'Added it to the group "{result.group.name}".')
        else:
            self.stdout.write(f'It already was in the group "{result.group.name}"; nothing changed.')
        if result.password_link:
            self.stdout.write(
                "Send this link to the officer to choose a password (it works once, for "
                f"{settings.PASSWORD_RESET_TIMEOUT // 86400} days; run this command again for a new one):"
            )
            self.stdout.write(f"  {result.password_link}")
        self.stdout.write(self.style.SUCCESS(f"{user.email} is an officer of {page.title}."))
