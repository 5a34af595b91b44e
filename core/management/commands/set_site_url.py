"""Write SITE_URL (or the given address) into the default Site record: its hostname and port."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from core.siteurl import parse_site_url


class Command(BaseCommand):
    help = "Set the default site's hostname and port from SITE_URL (or the address given)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="e.g. https://rmcto.ma; defaults to the SITE_URL setting")

    def handle(self, *args, url=None, **options):
        try:
            hostname, port = parse_site_url(url)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet: load the content (or create a site) first.")
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"The site is already at {site.root_url}.")
            return
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"The site is now at {site.root_url}.")
