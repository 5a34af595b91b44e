"""Through Varnish, as in production: a published change shows at once, because publishing purges the cache.

Debian's `varnishd` is started on a free loopback port with its own working directory and
deploy/varnish/default.vcl pointed at the test's live server. Skipped when varnishd is missing, unless
REQUIRE_SERVERS=1 (or REQUIRE_VARNISH=1): then it fails, as in CI.
"""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from django.conf import settings

from news.models import NewsPage
from tests import factories
from tests.site import build_site_tree

VARNISHD = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)
REQUIRED = os.environ.get("REQUIRE_SERVERS") == "1" or os.environ.get("REQUIRE_VARNISH") == "1"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("database_as_migrations_left_it"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path):
    if VARNISHD is None:
        if REQUIRED:
            pytest.fail("varnishd is missing and REQUIRE_SERVERS=1: install it (make server-tools)")
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    backend = re.match(r"http://([^:]+):(\d+)", live_server.url)
    vcl = (Path(settings.BASE_DIR) / "deploy" / "varnish" / "default.vcl").read_text()
    vcl = vcl.replace('.host = "127.0.0.1";', f'.host = "{backend[1]}";', 1)
    vcl = vcl.replace('.port = "8000";', f'.port = "{backend[2]}";', 1)
    (tmp_path / "test.vcl").write_text(vcl)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (a fixed binary and our own arguments)
        [VARNISHD, "-F", "-j", "none", "-n", str(tmp_path / "work"), "-a", f"127.0.0.1:{port}",
         "-f", str(tmp_path / "test.vcl"), "-s", "malloc,32m", "-T", "none"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"varnishd stopped: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def fetch(url, path):
    request = urllib.request.Request(url + path, headers={"Host": "localhost"})  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
        return response.read().decode(), response.headers


def test_a_published_title_is_served_through_varnish_at_once(varnish, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": varnish}
    }
    tree = build_site_tree()
    page = factories.NewsPageFactory(parent=tree.news, slug="lighting", title="إنارة عمومية جديدة")
    path = page.url

    body, headers = fetch(varnish, path)
    assert "إنارة عمومية جديدة" in body
    assert "public" in headers["Cache-Control"] and "s-maxage" in headers["Cache-Control"]
    body, headers = fetch(varnish, path)
    assert headers["X-Cache"] == "HIT"
    index, _ = fetch(varnish, tree.news.url)
    assert "إنارة عمومية جديدة" in index

    # Changed behind Wagtail's back (no publication): Varnish still serves what it kept.
    NewsPage.objects.filter(pk=page.pk).update(title="عنوان لم ينشر")
    body, headers = fetch(varnish, path)
    assert headers["X-Cache"] == "HIT" and "إنارة عمومية جديدة" in body

    # Published by an officer: the page, its index (and the home, the feeds) are purged.
    page = NewsPage.objects.get(pk=page.pk)
    page.title = "برنامج الإنارة العمومية"
    page.save_revision().publish()
    body, headers = fetch(varnish, path)
    assert "برنامج الإنارة العمومية" in body and headers["X-Cache"] == "MISS"
    index, _ = fetch(varnish, tree.news.url)
    assert "برنامج الإنارة العمومية" in index
    feed, _ = fetch(varnish, tree.news.url + "feed/")
    assert "برنامج الإنارة العمومية" in feed


def test_a_visitor_with_a_session_always_reaches_the_app(varnish):
    tree = build_site_tree()
    headers = {"Host": "localhost", "Cookie": "sessionid=x"}
    request = urllib.request.Request(varnish + tree.home.url, headers=headers)  # noqa: S310 (loopback)
    for _ in range(2):
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            assert response.headers["X-Cache"] == "MISS"
            assert response.headers["Cache-Control"] == "private, no-store"
