"""`manage.py backup`: the database and the media in one timestamped archive, with its SHA-256 checksum.

PostgreSQL is dumped with `pg_dump --format=custom` (needs Debian's `postgresql-client` of the server's major
version or newer), SQLite with its online backup API; both are consistent while the site runs. The media folder
(MEDIA_ROOT) goes in beside it; on object storage (AWS_STORAGE_BUCKET_NAME) the bucket is backed up by its own
versioning and replication, and the archive holds the database only. Written to BACKUP_DIR as
`rmcto-<UTC time>.tar` and `rmcto-<UTC time>.tar.sha256` (`sha256sum -c` reads it). `manage.py restore` reads it.
Archives of this command older than BACKUP_KEEP_DAYS are then deleted from BACKUP_DIR (never the newest one).
"""

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

FORMAT_VERSION = 1
ARCHIVE_NAME = re.compile(r"rmcto-(?P<stamp>\d{8}T\d{6}Z)\.tar")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def postgres_environment(database):
    """libpq's variables for `database` (Django's settings), so no password appears on a command line."""
    env = dict(os.environ)
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    return env


def run(command, env):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise CommandError(f"{command[0]} is missing: install Debian's postgresql-client.") from error
    except subprocess.CalledProcessError as error:
        raise CommandError(f"{command[0]} failed: {error.stderr.strip()}") from error


COUNTED = {
    "pages": "wagtailcore.Page",
    "revisions": "wagtailcore.Revision",
    "images": settings.WAGTAILIMAGES_IMAGE_MODEL,
    "documents": "wagtaildocs.Document",
    "translations": "wagtail_localize.Translation",
    "users": settings.AUTH_USER_MODEL,
    "groups": "auth.Group",
}


def site_counts():
    """What the archive holds, written in its manifest and compared after a restore."""
    return {name: apps.get_model(label).objects.count() for name, label in COUNTED.items()}


def media_is_local():
    return not getattr(settings, "AWS_STORAGE_BUCKET_NAME", "")


class Command(BaseCommand):
    help = "Back up the database and the media into one archive with its checksum, in BACKUP_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", help="where to write the archive (default: BACKUP_DIR)")
        parser.add_argument(
            "--keep-days", type=int, help="delete this command's archives older than this (default: BACKUP_KEEP_DAYS)"
        )

    def handle(self, *args, **options):
        output_dir = Path(options["output_dir"] or settings.BACKUP_DIR)
        output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        archive = output_dir / f"rmcto-{stamp}.tar"
        partial = archive.with_name(archive.name + ".partial")
        with tempfile.TemporaryDirectory(prefix="rmcto-backup-") as work:
            database_file = self.dump_database(Path(work))
            manifest = Path(work) / "manifest.json"
            manifest.write_text(
                json.dumps(
                    {
                        "format": FORMAT_VERSION,
                        "created": stamp,
                        "database": connection.vendor,
                        "counts": site_counts(),
                        "media": "included" if media_is_local() else "object storage, not included",
                    },
                    indent=2,
                )
            )
            # The database holds password hashes and personal data: the archive is for its owner's eyes only.
            partial.touch(mode=0o600)
            with tarfile.open(partial, "w") as tar:
                tar.add(manifest, arcname="manifest.json")
                tar.add(database_file, arcname=database_file.name)
                media_root = Path(settings.MEDIA_ROOT)
                if media_is_local() and media_root.is_dir():
                    tar.add(media_root, arcname="media")
        partial.rename(archive)
        checksum = archive.with_name(archive.name + ".sha256")
        checksum.write_text(f"{sha256_of(archive)}  {archive.name}\n")
        self.stdout.write(str(archive))
        keep_days = settings.BACKUP_KEEP_DAYS if options["keep_days"] is None else options["keep_days"]
        self.prune(output_dir, keep=archive, older_than=datetime.now(UTC) - timedelta(days=keep_days))

    def prune(self, output_dir, keep, older_than):
        for old in output_dir.glob("rmcto-*.tar"):
            match = ARCHIVE_NAME.fullmatch(old.name)
            if old == keep or not match:
                continue
            if datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) < older_than:
                old.unlink()
                old.with_name(old.name + ".sha256").unlink(missing_ok=True)
                self.stdout.write(f"deleted {old.name}")

    def dump_database(self, work):
        database = connection.settings_dict
        if connection.vendor == "postgresql":
            target = work / "database.pgdump"
            run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}", database["NAME"]],
                postgres_environment(database),
            )
            return target
        if connection.vendor == "sqlite":
            target = work / "database.sqlite3"
            connection.ensure_connection()
            copy = sqlite3.connect(target)
            try:
                connection.connection.backup(copy)
            finally:
                copy.close()
            return target
        raise CommandError(f"No backup for the {connection.vendor} database: use PostgreSQL or SQLite.")
