"""Backups that restore: `manage.py backup`, then `manage.py restore` into a fresh database gives back the same site.

The restore runs in another process, on a database and a media folder of its own, as on a new server: it counts
pages, revisions, images, documents, translations, users and groups there, renders every live page, makes a
rendition of the image (its original came back with the media) and downloads the document. SQLite here; the
PostgreSQL variant (pg_dump/pg_restore, marked `postgres`) runs when DATABASE_URL points at PostgreSQL.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsAttachment
from tests import factories
from tests.member_spaces import localize

pytestmark = pytest.mark.usefixtures("database_as_migrations_left_it")

BASE_DIR = Path(__file__).resolve().parent.parent
DOCUMENT_BYTES = b"%PDF-1.4 the minutes of the Saidia meeting\n" * 50


def site_counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "pages per locale": sorted(Page.objects.exclude(depth=1).values_list("locale__language_code", flat=True)),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "users in groups": get_user_model().groups.through.objects.count(),
    }


def render_every_page():
    """Each live page's status, by its URL, as an anonymous visitor gets it."""
    from django.test import Client

    client = Client()
    return {page.url: client.get(page.url).status_code for page in Page.objects.live().exclude(depth=1).specific()}


def build_content(site_tree):
    ar, fr = site_tree.locales.ar, site_tree.locales.fr
    image = factories.ImageFactory()
    document = get_document_model()(title="محضر اللقاء", collection=Collection.get_first_root_node())
    document.file.save("minutes.pdf", ContentFile(DOCUMENT_BYTES), save=False)
    document.save()
    member = factories.MemberPageFactory(parent=site_tree.members, locale=ar, slug="bni-ansar")
    news = factories.NewsPageFactory(parent=site_tree.news, locale=ar, slug="bulletin", member=member, hero_image=image)
    NewsAttachment.objects.create(page=news, document=document, locale=ar)
    news = type(news).objects.get(pk=news.pk)
    news.save_revision().publish()
    localize(news, fr).save_target(publish=True)
    group = Group.objects.create(name="محررو الجماعة")
    for name in ("officer-one", "officer-two"):
        get_user_model().objects.create_user(name, f"{name}@example.org", "a-long-pass-phrase").groups.add(group)
    return document


# Runs in the fresh process: restores, then reports what it finds.
RESTORE_AND_INSPECT = """
import hashlib, json, sys
import django
django.setup()
from django.conf import settings
settings.MEDIA_ROOT = sys.argv[2]
from django.core.management import call_command
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from tests.test_backup import render_every_page, site_counts

call_command("restore", sys.argv[1], interactive=False, verbosity=0)
counts = site_counts()
document = get_document_model().objects.get()
download = Client().get(document.url)
rendition = get_image_model().objects.get().get_rendition("fill-80x80")
print(json.dumps({
    "counts": counts,
    "pages": render_every_page(),
    "document": [download.status_code, hashlib.sha256(b"".join(download.streaming_content)).hexdigest()],
    "rendition": [rendition.width, rendition.height],
}))
"""


def restore_elsewhere(archive, database_url, media_root):
    environment = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "site_cms.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", RESTORE_AND_INSPECT, str(archive), str(media_root)], cwd=BASE_DIR, env=environment,
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def back_up_and_restore(site_tree, tmp_path, fresh_database_url):
    build_content(site_tree)
    before = site_counts()
    pages = render_every_page()
    assert set(pages.values()) == {200}, pages

    call_command("backup", output_dir=tmp_path / "backups", stdout=open(os.devnull, "w"))  # noqa: SIM115
    (archive,) = (tmp_path / "backups").glob("rmcto-*.tar")
    assert (
        (tmp_path / "backups" / f"{archive.name}.sha256")
        .read_text()
        .startswith(hashlib.sha256(archive.read_bytes()).hexdigest())
    )
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert any(name.startswith("media/original_images/") for name in names)
    assert any(name.startswith("media/documents/") for name in names)

    after = restore_elsewhere(archive, fresh_database_url, tmp_path / "restored-media")
    assert after["counts"] == before
    assert after["pages"] == pages
    assert after["document"] == [200, hashlib.sha256(DOCUMENT_BYTES).hexdigest()]
    assert after["rendition"] == [80, 80]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restores_into_a_fresh_database_as_the_same_site(site_tree, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite variant; the PostgreSQL one is below")
    back_up_and_restore(site_tree, tmp_path, f"sqlite:///{tmp_path / 'fresh.sqlite3'}")


@pytest.fixture
def fresh_postgres_database():
    """An empty PostgreSQL database beside the test database, dropped afterwards."""
    if not shutil.which("pg_dump") and not os.environ.get("REQUIRE_SERVERS"):
        pytest.skip("pg_dump is missing (make server-tools)")
    settings_dict = connection.settings_dict
    name = f"{settings_dict['NAME']}_restored"[:63]
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user = settings_dict["USER"] or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    yield f"postgres://{user}{password}@{settings_dict['HOST']}:{settings_dict['PORT'] or 5432}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pg_dump_backup_restores_into_a_fresh_postgres_database_as_the_same_site(site_tree, tmp_path, request):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    back_up_and_restore(site_tree, tmp_path, request.getfixturevalue("fresh_postgres_database"))


@pytest.mark.django_db
def test_restore_refuses_an_archive_that_does_not_match_its_checksum(tmp_path):
    call_command("backup", output_dir=tmp_path, stdout=open(os.devnull, "w"))  # noqa: SIM115
    (archive,) = tmp_path.glob("rmcto-*.tar")
    with archive.open("r+b") as file:
        file.seek(600)
        file.write(b"damaged")
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(archive), interactive=False)


@pytest.mark.django_db
def test_restore_refuses_an_archive_without_its_checksum(tmp_path):
    call_command("backup", output_dir=tmp_path, stdout=open(os.devnull, "w"))  # noqa: SIM115
    (checksum,) = tmp_path.glob("rmcto-*.tar.sha256")
    checksum.unlink()
    with pytest.raises(CommandError, match="missing"):
        call_command("restore", str(checksum.with_suffix("")), interactive=False)


@pytest.mark.django_db
def test_a_backup_deletes_its_archives_older_than_the_retention_and_nothing_else(tmp_path):
    old = tmp_path / "rmcto-20200101T023000Z.tar"
    recent = tmp_path / "rmcto-29991231T023000Z.tar"
    other = tmp_path / "rmcto-manual-copy.tar"
    for file in (old, recent, other, tmp_path / f"{old.name}.sha256"):
        file.write_bytes(b"x")
    call_command("backup", output_dir=tmp_path, keep_days=14, stdout=open(os.devnull, "w"))  # noqa: SIM115
    archives = sorted(path.name for path in tmp_path.iterdir())
    assert old.name not in archives
    assert f"{old.name}.sha256" not in archives
    assert {recent.name, other.name} <= set(archives)
    assert len([name for name in archives if name.endswith(".tar.sha256")]) == 1
