"""Load: a realistic mix of anonymous pages and searches against gunicorn (and Varnish in front), with wrk.

`python -m bench load` starts gunicorn (2 workers, persistent database connections, Redis when REDIS_URL is
set) on the benchmark database on a free loopback port, then Varnish in front of it with
deploy/varnish/default.vcl when varnishd is installed, and drives each for `duration` seconds with wrk
(Debian's `wrk`): the static CSS file, the mix straight to gunicorn, the mix through Varnish. It reports
requests per second, p50/p99 latency and errors (socket errors and answers other than 2xx/3xx).

The mix: per 20 requests, 6 news index pages (page 1, filters, a deeper page), 4 bulletins, 2 member pages,
2 homes, 2 events, 1 feed, 3 searches with a query (never kept by Varnish: they always reach the app).
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ["الجماعة", "الإنارة العمومية", "commune", "budget participatif"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args[0]} stopped")
        try:
            request = urllib.request.Request(url, headers={"Host": "localhost"})  # noqa: S310 (loopback)
            with urllib.request.urlopen(request, timeout=5):  # noqa: S310
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def mix():
    """The addresses of the mix, in the proportions of the docstring."""
    from events.models import EventPage
    from members.models import MemberPage
    from news.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.live().get(locale__language_code="ar").url
    members = list(MemberPage.objects.live().filter(locale__language_code="ar").order_by("pk")[:4])
    bulletins = [p.url for p in NewsPage.objects.live().order_by("-date")[:40:10]]
    events = [p.url for p in EventPage.objects.live().order_by("-start")[:2]]
    paths = [news, f"{news}?page=2", f"{news}?member={members[0].slug}", f"{news}?year=2019", f"{news}?page=9", news]
    paths += bulletins[:4] + [m.url for m in members[:2]] + ["/ar/", "/fr/"] + events + [news + "feed/"]
    paths += [f"/ar/search/?q={quote(q)}" for q in SEARCHES[:3]]
    return paths


def wrk(url, paths, duration, connections):
    script = "\n".join(
        [
            "paths = {" + ", ".join(f'"{p}"' for p in paths) + "}",
            "counter = 0",
            "request = function()",
            "  counter = counter + 1",
            '  return wrk.format("GET", paths[(counter % #paths) + 1], {["Host"] = "localhost"})',
            "end",
        ]
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    output = subprocess.run(  # noqa: S603 (wrk, our own arguments)
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "20s", "--latency",
         "-s", f.name, url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    os.unlink(f.name)  # noqa: PTH108
    try:
        return parse(output)
    except (TypeError, AttributeError) as error:
        raise SystemExit(f"wrk's report could not be read ({error}):\n{output}") from error


def _ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}[unit]


def parse(output):
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]), "errors": 0}
    # The distribution's lines only: "73.50%" in the threads' statistics is not its 50th percentile.
    result["p50"] = _ms(re.search(r"^\s+50%[ \t]+(\S+)", output, re.MULTILINE)[1])
    result["p99"] = _ms(re.search(r"^\s+99%[ \t]+(\S+)", output, re.MULTILINE)[1])
    result["requests"] = int(re.search(r"(\d+) requests in", output)[1])
    result["detail"] = ""
    if found := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["errors"] += int(found[1])
        result["detail"] += f"{found[1]} non-2xx/3xx "
    if found := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["errors"] += sum(int(n) for n in found.groups())
        result["detail"] += found[0]
    return result


def start_gunicorn(port):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "DB_CONN_MAX_AGE": "60"}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if not gunicorn.exists():
        raise SystemExit("gunicorn is not installed in this virtualenv (pip install gunicorn)")
    process = subprocess.Popen(  # noqa: S603
        [str(gunicorn), "site_cms.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(f"http://127.0.0.1:{port}/ar/", process)
    return process


def start_varnish(backend_port, workdir):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        return None, None
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text().replace('"8000"', f'"{backend_port}"', 1)
    (workdir / "bench.vcl").write_text(vcl)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [varnishd, "-F", "-j", "none", "-n", str(workdir / "varnish"), "-a", f"127.0.0.1:{port}",
         "-f", str(workdir / "bench.vcl"), "-s", "malloc,256m", "-T", "none"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(f"http://127.0.0.1:{port}/ar/", process)
    return process, f"http://127.0.0.1:{port}"


def run(url=None, static="/static/css/site.css", duration=20, connections=16, out=print):
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    paths = mix()
    results = {}
    processes = []
    with tempfile.TemporaryDirectory(prefix="rmcto-load-") as tmp:
        try:
            if url is None:
                port = free_port()
                processes.append(start_gunicorn(port))
                url = f"http://127.0.0.1:{port}"
                varnish, cached = start_varnish(port, Path(tmp))
                if varnish is not None:
                    processes.append(varnish)
            else:
                cached = None
            out(f"Static file {static} from gunicorn…")
            results["static file (gunicorn, WhiteNoise)"] = wrk(url, [static], duration, connections)
            out("The mix, straight to gunicorn…")
            results["mix, gunicorn only"] = wrk(url, paths, duration, connections)
            pages = [p for p in paths if "/search/" not in p]
            results["pages only, gunicorn only (PAGE_CACHE)"] = wrk(url, pages, duration, connections)
            if cached:
                out("The mix through Varnish…")
                results["static file through Varnish"] = wrk(cached, [static], duration, connections)
                results["mix through Varnish"] = wrk(cached, paths, duration, connections)
                results["pages only through Varnish"] = wrk(cached, pages, duration, connections)
        finally:
            for process in reversed(processes):
                process.terminate()
                process.wait(timeout=20)
    return results


def report(results):
    with open("/proc/loadavg") as f:  # noqa: PTH123
        load = " ".join(f.read().split()[:3])
    lines = [
        f"wrk, 2 threads; load average at the end {load}",
        "",
        "| run | requests/s | p50 | p99 | errors |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['rps']:,.0f} | {r['p50']:.1f} ms | {r['p99']:.1f} ms | {r['errors']} of {r['requests']:,} |"
        )
    static = results.get("static file through Varnish") or results.get("static file (gunicorn, WhiteNoise)")
    cached = results.get("pages only through Varnish")
    if static and cached:
        lines.append("")
        share = 100 * cached["rps"] / static["rps"]
        lines.append(f"Cached pages through Varnish: {share:.0f} % of the static file's throughput through Varnish.")
    return "\n".join(lines)
