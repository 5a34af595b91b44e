"""`manage.py demo_fingerprint`: the database as comparable JSON, to check a change to the demo loader."""

import json

from django.core.management.base import BaseCommand

from demo.fingerprint import fingerprint


class Command(BaseCommand):
    help = (
        "Print every table as JSON without build timestamps and random keys. Run it after load_demo_content "
        "on a fresh database before and after a change to the demo loader, and diff the two."
    )

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(fingerprint(), ensure_ascii=False, indent=1, sort_keys=True))
