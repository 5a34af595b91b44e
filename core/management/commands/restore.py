"""`manage.py restore <archive>`: puts back what `manage.py backup` saved, after checking its checksum.

Refuses an archive whose `<archive>.sha256` is missing or does not match. PostgreSQL is restored with
`pg_restore --clean --if-exists --no-owner` into the configured database (an empty new database or the
current one, whose tables are replaced); SQLite is copied back with its backup API. The media folder is
replaced by the archive's. The pages, revisions, images, documents, translations, users and groups are then
counted and compared with what the archive counted when it was made. Stop the app servers and timers first
(README, "Restore drill"); the default cache is cleared afterwards, so nothing replaced is served from it.
"""

import json
import shutil
import sqlite3
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.management.commands.backup import (
    FORMAT_VERSION,
    media_is_local,
    postgres_environment,
    run,
    sha256_of,
    site_counts,
)


def verify(archive):
    checksum_file = archive.with_name(archive.name + ".sha256")
    if not checksum_file.is_file():
        raise CommandError(f"{checksum_file} is missing: the archive cannot be verified, nothing was restored.")
    expected = checksum_file.read_text().split()[0].lower() if checksum_file.read_text().strip() else ""
    if sha256_of(archive) != expected:
        raise CommandError(f"{archive.name} does not match its checksum: it is damaged, nothing was restored.")


class Command(BaseCommand):
    help = "Restore the database and the media from an archive of `manage.py backup` (replaces what is there)."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="do not ask for confirmation")

    def handle(self, *args, archive, interactive, **options):
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist.")
        verify(archive)
        if interactive:
            answer = input(
                f"This replaces the database {connection.settings_dict['NAME']} and the media with {archive.name}. "
                "Type 'yes' to go on: "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        with tempfile.TemporaryDirectory(prefix="rmcto-restore-") as work:
            work = Path(work)
            with tarfile.open(archive) as tar:
                tar.extractall(work, filter="data")
            manifest = json.loads((work / "manifest.json").read_text())
            if manifest["format"] != FORMAT_VERSION:
                raise CommandError(f"Unknown archive format {manifest['format']}.")
            if manifest["database"] != connection.vendor:
                raise CommandError(
                    f"The archive holds a {manifest['database']} database; this site uses {connection.vendor}."
                )
            self.restore_database(work)
            if (work / "media").is_dir() and media_is_local():
                self.restore_media(work / "media")
        cache.clear()
        restored = site_counts()
        for name, count in restored.items():
            self.stdout.write(f"  {name}: {count}" + ("" if count == manifest["counts"][name] else " (different!)"))
        if restored != manifest["counts"]:
            raise CommandError(f"The restored database does not hold what {archive.name} counted.")
        self.stdout.write(f"Restored {archive.name} ({manifest['created']}): the same counts as when it was made.")

    def restore_database(self, work):
        database = connection.settings_dict
        if connection.vendor == "postgresql":
            connection.close()
            run(
                [
                    "pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error",
                    f"--dbname={database['NAME']}", str(work / "database.pgdump"),
                ],
                postgres_environment(database),
            )  # fmt: skip
        else:
            connection.ensure_connection()
            saved = sqlite3.connect(work / "database.sqlite3")
            try:
                saved.backup(connection.connection)
            finally:
                saved.close()

    def restore_media(self, saved):
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        for child in media_root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        shutil.copytree(saved, media_root, dirs_exist_ok=True)
