"""Running in production: the health check, request ids in logs and responses, persistent connections, Sentry."""

import gzip
import io
import json
import logging
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from django.test import override_settings

from core.request_id import OneLineFormatter, RequestIdFilter

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
    "SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
    "ALLOWED_HOSTS": "rmcto.example.org",
}


def production_value(code, **env):
    """What `code` prints under the production settings with `env` added to a clean environment."""
    environment = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and not k.startswith("SENTRY")}
    environment.update(PRODUCTION_ENV, **env)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=BASE_DIR, env=environment,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# --- /healthz -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_ok_with_database_and_cache(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_healthz_answers_head_for_load_balancers(client):
    assert client.head("/healthz").status_code == 200


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_cache_when_it_keeps_nothing(client):
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "failing", "database": "ok", "cache": "failing"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_unreachable(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_healthz_is_not_redirected_to_https_in_production(client):
    exempt = production_value("from django.conf import settings; print(settings.SECURE_REDIRECT_EXEMPT)")
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=eval(exempt)):  # noqa: S307
        assert client.get("/healthz").status_code == 200
        assert client.get("/ar/").status_code == 301


# --- request ids ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_well_formed_request_id_from_the_proxy_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="0f3c9a1be2d44e5f8a7b6c5d4e3f2a1b")
    assert response["X-Request-ID"] == "0f3c9a1be2d44e5f8a7b6c5d4e3f2a1b"


@pytest.mark.django_db
@pytest.mark.parametrize("given", [None, "short", "a b c d e f g h", "x" * 200, "abcdefgh\nSet-Cookie: a=b"])
def test_a_request_without_a_well_formed_id_gets_a_new_one(client, given):
    headers = {} if given is None else {"HTTP_X_REQUEST_ID": given}
    first = client.get("/healthz", **headers)["X-Request-ID"]
    second = client.get("/healthz", **headers)["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


@pytest.fixture
def log_output():
    """What the site's log handler (settings.LOGGING, on stdout in production) writes during the test."""
    handler = next(h for h in logging.getLogger().handlers if isinstance(h.formatter, OneLineFormatter))
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.mark.django_db
def test_every_log_line_of_a_request_carries_its_id(client, site_tree, log_output):
    response = client.get("/ar/no-such-page/", HTTP_X_REQUEST_ID="req-1234-abcd")
    assert response.status_code == 404
    lines = log_output.getvalue().splitlines()
    assert lines, "the 404 was not logged"
    assert all("request_id=req-1234-abcd" in line for line in lines), lines


def test_a_traceback_is_logged_on_one_line():
    formatter = OneLineFormatter("%(levelname)s request_id=%(request_id)s %(message)s")
    try:
        raise ValueError("first\nsecond")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    RequestIdFilter().filter(record)
    line = formatter.format(record)
    assert "\n" not in line
    assert line.startswith("ERROR request_id=- failed\\nTraceback")
    assert "ValueError: first\\nsecond" in line


# --- production settings --------------------------------------------------------------------------------------


def test_production_keeps_database_connections_with_health_checks():
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    assert production_value(code) == "60 True"
    assert production_value(code, DB_CONN_MAX_AGE="0") == "0 True"


def test_production_sends_nothing_to_sentry_without_a_dsn():
    assert production_value("import sentry_sdk; print(sentry_sdk.get_client().is_active())") == "False"


def test_production_reports_errors_to_sentry_without_personal_data_when_a_dsn_is_set():
    code = (
        "import json, sentry_sdk; c = sentry_sdk.get_client(); "
        "print(json.dumps([c.is_active(), c.options['send_default_pii'], c.options['environment'], "
        "[i for i in c.integrations if i == 'django']]))"
    )
    result = production_value(code, SENTRY_DSN="https://public@sentry.example.org/1", SENTRY_ENVIRONMENT="staging")
    assert json.loads(result) == [True, False, "staging", ["django"]]


class SentryInbox(BaseHTTPRequestHandler):
    """Stands for Sentry's ingestion endpoint on loopback: keeps every envelope it is sent."""

    envelopes = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        type(self).envelopes.append(body)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


# Runs under the production settings: a page that fails, asked with a cookie and from a client address.
FAILING_REQUEST = """
import django, sentry_sdk
django.setup()
import wagtail.views

def broken_page(request, path=""):
    raise RuntimeError("the page could not be rendered")

wagtail.views.serve = broken_page
from django.test import Client
client = Client(raise_request_exception=False, REMOTE_ADDR="203.0.113.9")
client.cookies["preferences"] = "secret-cookie-value"
response = client.get("/ar/", HTTP_HOST="rmcto.example.org", HTTP_X_REQUEST_ID="sentry-check-0001", secure=True)
sentry_sdk.flush(timeout=10)
print(response.status_code)
"""


def test_an_error_is_reported_to_sentry_with_its_request_id_and_no_personal_data():
    SentryInbox.envelopes = []
    inbox = ThreadingHTTPServer(("127.0.0.1", 0), SentryInbox)
    threading.Thread(target=inbox.serve_forever, daemon=True).start()
    environment = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and "proxy" not in k.lower()}
    environment.update(PRODUCTION_ENV, SENTRY_DSN=f"http://public@127.0.0.1:{inbox.server_port}/1")
    try:
        result = subprocess.run(
            [sys.executable, "-c", FAILING_REQUEST], cwd=BASE_DIR, env=environment,
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        inbox.shutdown()
    assert result.stdout.strip().splitlines()[-1] == "500", result.stderr
    events = [
        json.loads(line)
        for envelope in SentryInbox.envelopes
        for line in envelope.splitlines()
        if line.startswith(b"{") and b'"exception"' in line
    ]
    assert len(events) == 1, SentryInbox.envelopes
    event = events[0]
    assert event["exception"]["values"][-1]["value"] == "the page could not be rendered"
    assert event["tags"]["request_id"] == "sentry-check-0001"
    sent = json.dumps(event)
    assert "secret-cookie-value" not in sent
    assert "203.0.113.9" not in sent
