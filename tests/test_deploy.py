"""The deploy/ folder works as the README says: environment template, gunicorn, systemd units, nginx site.

The nginx and gunicorn tests start the real servers on loopback (marked `integration`); they skip when a
binary is missing, except when REQUIRE_SERVERS=1 (CI, after `make server-tools`).
"""

import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import get_commands

BASE_DIR = Path(__file__).resolve().parent.parent
DEPLOY = BASE_DIR / "deploy"
ENV_READ = re.compile(
    r"(?:os\.environ\.get|os\.getenv|env_bool|env_list|os\.environ\[)\(?\s*[\"']([A-Z][A-Z0-9_]+)[\"']"
)
# Read by libraries or other modules rather than by a call above: dj-database-url, manage.py/wsgi.py, issue 12's
# set_site_url and the cache configuration.
ALSO_READ = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SITE_URL", "REDIS_URL"}


def needs(binary, required_in_ci=True):
    path = shutil.which(binary) or next(
        (str(Path(d) / binary) for d in ("/usr/sbin", "/sbin") if (Path(d) / binary).exists()), None
    )
    if path is None:
        if required_in_ci and os.environ.get("REQUIRE_SERVERS"):
            pytest.fail(f"{binary} is missing (make server-tools)")
        pytest.skip(f"{binary} is missing (make server-tools)")
    return path


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}")


# --- the environment file ---------------------------------------------------------------------------------------


def variables_read():
    sources = [*(BASE_DIR / "site_cms" / "settings").glob("*.py"), DEPLOY / "gunicorn.conf.py"]
    found = {name for source in sources for name in ENV_READ.findall(source.read_text())}
    # Only test settings read nothing of their own that production needs.
    return found | ALSO_READ


def template_variables():
    lines = (DEPLOY / "rmcto.env.example").read_text().splitlines()
    return {m[1] for line in lines if (m := re.match(r"#?([A-Z][A-Z0-9_]+)=", line))}


def test_the_environment_template_lists_every_variable_the_settings_read():
    assert {"SECRET_KEY", "EMAIL_HOST", "CSP_FRAME_SOURCES", "GUNICORN_WORKERS"} <= variables_read()
    missing = variables_read() - template_variables()
    assert not missing, f"add to deploy/rmcto.env.example: {sorted(missing)}"


def test_the_environment_template_selects_the_production_settings():
    text = (DEPLOY / "rmcto.env.example").read_text()
    assert "\nDJANGO_SETTINGS_MODULE=site_cms.settings.production\n" in text


# --- deploy/manage.sh ---------------------------------------------------------------------------------------------


def test_manage_sh_runs_a_command_with_the_environment_file(tmp_path):
    env_file = tmp_path / "rmcto.env"
    env_file.write_text(
        "DJANGO_SETTINGS_MODULE=site_cms.settings.production\n"
        f"SECRET_KEY={'k' * 64}-production-secret\n"
        "ALLOWED_HOSTS=rmcto.example.org\n"
        f"DATABASE_URL=sqlite:///{tmp_path / 'db.sqlite3'}\n"
        'BACKUP_DIR="/var/backups/rmcto site"\n'
    )
    code = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.BACKUP_DIR, sep='|')"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE"))},
        "APP_DIR": str(BASE_DIR),
        "ENV_FILE": str(env_file),
        "APP_USER": subprocess.run(["id", "-un"], capture_output=True, text=True, check=True).stdout.strip(),  # noqa: S607
    }
    result = subprocess.run(
        [DEPLOY / "manage.sh", "shell", "-c", code], cwd=tmp_path, env=environment,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "site_cms.settings.production|/var/backups/rmcto site"


# --- nginx's upload limit and the settings' ---------------------------------------------------------------------


def test_nginx_accepts_the_largest_upload_the_settings_accept():
    size = re.search(r"client_max_body_size (\d+)m;", (DEPLOY / "nginx" / "rmcto.conf").read_text())
    largest = max(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE) / 1024 / 1024
    assert largest < int(size[1]) <= largest + 10


# --- systemd ----------------------------------------------------------------------------------------------------


def units():
    return sorted((DEPLOY / "systemd").iterdir())


def test_every_timer_runs_a_management_command_that_exists():
    commands = get_commands()
    timers = [unit for unit in units() if unit.suffix == ".timer"]
    assert len(timers) >= 4
    ran = set()
    for timer in timers:
        (command,) = re.findall(r"^Unit=rmcto-manage@(\w+)\.service$", timer.read_text(), re.M)
        assert command in commands, f"{timer.name}: no command {command}"
        ran.add(command)
    assert {"publish_scheduled", "send_alerts", "backup", "clearsessions"} <= ran
    minute = (DEPLOY / "systemd" / "rmcto-publish-scheduled.timer").read_text()
    assert "OnCalendar=*-*-* *:*:00" in minute


def test_systemd_accepts_the_units(tmp_path):
    # Where systemd is not installed, the timers are still checked above.
    analyze = needs("systemd-analyze", required_in_ci=False)
    # Installed where the README installs them; here the paths point at this checkout (its .venv exists).
    for unit in units():
        (tmp_path / unit.name).write_text(unit.read_text().replace("/srv/rmcto", str(BASE_DIR)))
    template = (tmp_path / "rmcto-manage@.service").read_text()
    for command in ("publish_scheduled", "send_alerts", "backup", "clearsessions"):
        (tmp_path / f"rmcto-manage@{command}.service").write_text(template)
    names = [path.name for path in tmp_path.iterdir() if path.name != "rmcto-manage@.service"]
    result = subprocess.run(
        [analyze, "verify", *names], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rmcto" not in result.stderr, result.stderr


# --- gunicorn ---------------------------------------------------------------------------------------------------


@pytest.mark.integration
def test_gunicorn_serves_the_health_check_and_logs_the_request_id_on_stdout(tmp_path):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    port = free_port()
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE", "SENTRY"))},
        "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
        "SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    process = subprocess.Popen(
        [gunicorn, "--config", DEPLOY / "gunicorn.conf.py"], cwd=BASE_DIR, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        wait_for_port(port, process)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"X-Request-ID": "lb-check-0001"})
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request, timeout=10) as response:
            assert response.status == 200
            assert response.headers["X-Request-ID"] == "lb-check-0001"
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    access = [line for line in output.splitlines() if "GET /healthz" in line]
    assert len(access) == 1, output
    assert '"GET /healthz HTTP/1.1" 200' in access[0]
    assert "request_id=lb-check-0001" in access[0]


# --- nginx ------------------------------------------------------------------------------------------------------


class App(BaseHTTPRequestHandler):
    """Stands for gunicorn behind nginx: answers every request with what it received."""

    def do_GET(self):
        body = f"app {self.path} proto={self.headers['X-Forwarded-Proto']} id={self.headers['X-Request-ID']}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def nginx_site(tmp_path):
    """deploy/nginx/rmcto.conf with its paths and ports moved to a temporary folder and loopback."""
    nginx = needs("nginx")
    subprocess.run(
        [needs("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=rmcto.example.org", "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    site = tmp_path / "srv"
    (site / "static_collected" / "css").mkdir(parents=True)
    (site / "static_collected" / "css" / "site.0123456789ab.css").write_text("body{}")
    (site / "static_collected" / "css" / "site.css").write_text("body{}")
    for folder, name in (("images", "photo.fill-80x80.jpg"), ("documents", "secret.pdf"), ("original_images", "a.jpg")):
        (site / "media" / folder).mkdir(parents=True)
        (site / "media" / folder / name).write_bytes(b"%PDF-1.4 secret" if folder == "documents" else b"JPEG")
    ports = {"http": free_port(), "https": free_port(), "app": free_port()}
    conf = (DEPLOY / "nginx" / "rmcto.conf").read_text()
    for old, new in {
        "/etc/letsencrypt/live/rmcto.example.org/fullchain.pem": str(tmp_path / "cert.pem"),
        "/etc/letsencrypt/live/rmcto.example.org/privkey.pem": str(tmp_path / "key.pem"),
        "/srv/rmcto": str(site),
        "unix:/run/rmcto/gunicorn.sock": f"127.0.0.1:{ports['app']}",
        "/var/log/nginx": str(tmp_path),
        "listen 80;": f"listen 127.0.0.1:{ports['http']};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{ports['https']} ssl http2;",
    }.items():
        assert old in conf, old
        conf = conf.replace(old, new)
    conf = "\n".join(line for line in conf.splitlines() if "listen [::]" not in line)
    (tmp_path / "rmcto.conf").write_text(conf)
    temp = " ".join(
        f"{kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"{'user root;' if os.geteuid() == 0 else ''} daemon off; worker_processes 1; pid {tmp_path / 'nginx.pid'};"
        f" error_log {tmp_path / 'error.log'}; events {{}}"
        f" http {{ include /etc/nginx/mime.types; {temp} access_log {tmp_path / 'access.log'};"
        f" include {tmp_path / 'rmcto.conf'}; }}"
    )
    command = [nginx, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    yield command, ports, tmp_path


@pytest.mark.integration
def test_nginx_accepts_the_site(nginx_site):
    command, _ports, _tmp = nginx_site
    result = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


@pytest.fixture
def nginx_in_front(nginx_site):
    command, ports, tmp_path = nginx_site
    app = ThreadingHTTPServer(("127.0.0.1", ports["app"]), App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(ports["https"], process)
        yield ports
    finally:
        process.terminate()
        process.communicate(timeout=30)
        app.shutdown()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def get(url, data=None):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context), NoRedirect
    )
    request = urllib.request.Request(url, data=data, headers={"Host": "rmcto.example.org"})  # noqa: S310
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.integration
def test_nginx_sends_http_to_https(nginx_in_front):
    status, headers, _ = get(f"http://127.0.0.1:{nginx_in_front['http']}/ar/news/?page=2")
    assert status == 301
    assert headers["Location"] == "https://rmcto.example.org/ar/news/?page=2"


@pytest.mark.integration
def test_nginx_never_serves_documents_from_the_media_folder(nginx_in_front):
    https = f"https://127.0.0.1:{nginx_in_front['https']}"
    status, _, body = get(f"{https}/media/documents/secret.pdf")
    assert status == 404
    assert b"secret" not in body
    # Through Django's document view instead, with nginx's request id and the scheme.
    status, _, body = get(f"{https}/documents/7/secret.pdf")
    assert status == 200
    assert re.fullmatch(rb"app /documents/7/secret.pdf proto=https id=[0-9a-f]{32}", body), body


@pytest.mark.integration
def test_nginx_serves_images_and_static_files_itself(nginx_in_front):
    https = f"https://127.0.0.1:{nginx_in_front['https']}"
    status, headers, body = get(f"{https}/media/images/photo.fill-80x80.jpg")
    assert (status, body) == (200, b"JPEG")
    assert headers["X-Content-Type-Options"] == "nosniff"
    status, headers, _ = get(f"{https}/static/css/site.0123456789ab.css")
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    status, headers, _ = get(f"{https}/static/css/site.css")
    assert status == 200
    assert "immutable" not in headers["Cache-Control"]


@pytest.mark.integration
def test_nginx_refuses_an_upload_over_the_limit_and_passes_one_under_it(nginx_in_front):
    https = f"https://127.0.0.1:{nginx_in_front['https']}"
    assert get(f"{https}/admin/documents/multiple/add/", data=b"x" * (26 * 1024 * 1024))[0] == 413
    assert get(f"{https}/admin/documents/multiple/add/", data=b"x" * (19 * 1024 * 1024))[0] == 200
