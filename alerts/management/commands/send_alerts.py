"""Send every subscriber the digest of what was published for them since their last one.

Safe to run from cron every few minutes, and twice at once: see alerts/digests.py.
"""

from django.core.management.base import BaseCommand, CommandError

from alerts.digests import send_alerts


class Command(BaseCommand):
    help = "Send email alerts: one digest per subscriber of what was published since their last one."

    def handle(self, *args, **options):
        report = send_alerts()
        verbosity = options["verbosity"]
        if report.sent and verbosity:
            self.stdout.write(f"{report.sent} digest(s) sent, {report.pages} page(s) in all.")
        elif verbosity > 1:
            self.stdout.write("Nothing new to send.")
        if report.interrupted:
            self.stderr.write(
                f"{report.interrupted} digest(s) recorded by an interrupted run may not have been delivered; "
                "their pages are not sent again."
            )
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} digest(s) could not be sent (mail server refused or unreachable); "
                "they will be tried again on the next run."
            )
