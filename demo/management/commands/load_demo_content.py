"""`manage.py load_demo_content`: the site built from the five source documents, idempotently."""

from django.core.management.base import BaseCommand

from demo.builders import load_demo_content


class Command(BaseCommand):
    help = (
        "Create or update the demo content: Arabic pages and their French translations (made through "
        "wagtail-localize), taxonomies, images, documents. Safe to run again."
    )

    def handle(self, *args, **options):
        stats = load_demo_content()
        for line in stats.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
