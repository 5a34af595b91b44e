"""The project's own promises about configuration: checks clean, migrations in step, production strict."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
    "SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
    "ALLOWED_HOSTS": "rmcto.example.org",
}


def manage(*args, env=None):
    environment = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=environment, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip


def test_system_checks_are_clean():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_migrations_are_in_step_with_the_models():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_production_deploy_checks_are_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_database_url_selects_the_database():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=BASE_DIR, capture_output=True,
        text=True, check=False, timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "site_cms.settings.dev",
             "DATABASE_URL": "postgres://user@127.0.0.1:5432/somewhere"},
    )  # fmt: skip
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr
