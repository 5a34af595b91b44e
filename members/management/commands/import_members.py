"""`manage.py import_members FILE.csv`: create or update members from a CSV file, all or nothing."""

from django.core.management.base import BaseCommand, CommandError

from members.onboarding import ImportFileError, import_members, parse


class Command(BaseCommand):
    help = (
        "Create or update members (their page in every language, collection, officers' group and "
        "permissions) from a CSV file. Every bad line is reported; a file with errors imports nothing. "
        "Columns, in any order: hcp_code (required: the code in the national register), slug, title_ar, "
        "title_fr, title_<language>, joined_on (YYYY-MM-DD), website; README.md, «Importing members», "
        "says more. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 CSV file whose first line names the columns")
        parser.add_argument("--dry-run", action="store_true", help="check the file, import nothing")

    def handle(self, *args, file, dry_run=False, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                lines = handle.read().splitlines(keepends=True)
        except FileNotFoundError:
            raise CommandError(f"{file}: no such file.") from None
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text: save it as 'CSV UTF-8'.") from None

        try:
            rows = parse(lines)[0] if dry_run else import_members(lines)
        except ImportFileError as error:
            for message in error.errors:
                self.stderr.write(f"{file}: {message}")
            raise CommandError(f"{file}: {len(error.errors)} problem(s) found; nothing was imported.") from None

        if dry_run:
            self.stdout.write(self.style.SUCCESS(f"{file}: {len(rows)} member(s), no problem found (dry run)."))
            return
        counts = {}
        for row in rows:
            counts[row.outcome] = counts.get(row.outcome, 0) + 1
            detail = f" ({'; '.join(row.changes)})" if row.changes else ""
            self.stdout.write(f"  line {row.line}: {row.code} {row.slug}: {row.outcome}{detail}")
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
        self.stdout.write(self.style.SUCCESS(f"{len(rows)} member(s): {summary}."))
