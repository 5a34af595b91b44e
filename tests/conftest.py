"""The site every test stands on: Arabic and French locales, a home page per language, the sections."""

import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils.translation import trans_real

from wagtail.models import Locale

from tests import factories
from tests.auth import sign_in
from tests.member_spaces import build_member_spaces, module_data
from tests.site import build_site_tree


@pytest.fixture(scope="session", autouse=True)
def compiled_messages():
    """The message catalogues compiled, as `make` does before the tests: pages are tested in their languages.

    Compiled only when a catalogue is newer than its compiled file, so parallel workers do not write the
    same files at once after `make` compiled them.
    """
    catalogues = list((Path(settings.BASE_DIR) / "locale").glob("*/LC_MESSAGES/*.po"))
    if any(
        not po.with_suffix(".mo").exists() or po.stat().st_mtime > po.with_suffix(".mo").stat().st_mtime
        for po in catalogues
    ):
        call_command("compilemessages", ignore_patterns=[".venv", "static_collected"], verbosity=0)
    # Catalogues looked for before they existed are forgotten.
    trans_real._translations = {}
    trans_real._default = None
    trans_real.translation_catalog_exists.cache_clear()
    trans_real._get_supported_language_variant.cache_clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: what one cached (navigation, fragments) another never sees."""
    cache.clear()


def pytest_collection_modifyitems(items):
    """Tests on the demo content run last, so that it is loaded once and every other test finds an empty site."""
    items.sort(key=lambda item: "demo" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the tests that browse it, in a transaction rolled back at the end.

    Each test still runs in its own savepoint, so what one test changes the next does not see.
    """
    with module_data(django_db_blocker):
        call_command("load_demo_content", stdout=io.StringIO())
        yield


@pytest.fixture(scope="module")
def database_as_migrations_left_it(django_db_setup, django_db_blocker):
    """For modules whose tests commit (a live server, another process or a backup reads committed data): each
    such test ends with every table emptied, so the database is put back as it was when the module started, for
    the tests after it that read what migrations created (the root page, the default site and locale, groups).

    Used as `pytestmark = [..., pytest.mark.usefixtures("database_as_migrations_left_it")]`.
    """
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(snapshot)
    ContentType.objects.clear_cache()


@pytest.fixture(scope="module")
def spaces(django_db_setup, django_db_blocker):
    """Two member spaces with their officers, staff and content (tests/member_spaces.py), per module."""
    with module_data(django_db_blocker):
        yield build_member_spaces()


@pytest.fixture
def locales(db):
    ar, _ = Locale.objects.get_or_create(language_code="ar")
    fr, _ = Locale.objects.get_or_create(language_code="fr")
    return SimpleNamespace(ar=ar, fr=fr)


@pytest.fixture
def site_tree(locales):
    return build_site_tree()


@pytest.fixture
def member(site_tree):
    return factories.MemberPageFactory(
        parent=site_tree.members,
        locale=site_tree.locales.ar,
        title="جماعة بني أنصار",
        slug="bni-ansar",
        hcp_code="02.381.01.03",
    )


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    return sign_in(client, user)
