"""`manage.py setup_roles`: create or repair the network's and every member's roles."""

from django.core.management.base import BaseCommand

from members.roles import setup_all_roles


class Command(BaseCommand):
    help = (
        "Create or repair the Network staff group, the Network review workflow, the shared and "
        "members' collections, and every member's officers' group and permissions in every "
        "language tree (e.g. after adding a language). Safe to run again."
    )

    def handle(self, *args, **options):
        network, members = setup_all_roles()
        if not network.review_workflow.active:
            self.stdout.write(self.style.WARNING(f'The workflow "{network.review_workflow.name}" is disabled.'))
        for roles in members:
            languages = ", ".join(page.locale.language_code for page in roles.pages)
            self.stdout.write(f"  {roles.group.name}: {languages}; collection {roles.collection.name}")
        self.stdout.write(self.style.SUCCESS(f"Roles of the network and of {len(members)} member(s) are in place."))
