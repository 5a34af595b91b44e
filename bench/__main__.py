"""`python -m bench fill` fills a copy of the database; `python -m bench search` times search on that copy.

The copy is never the database you work on: it is BENCH_DATABASE_URL, or else DATABASE_URL's database with
`_bench` added to its name (`rmcto` → `rmcto_bench`, `db.sqlite3` → `db_bench.sqlite3`), and its name must
contain "bench". `fill` makes the copy afresh from DATABASE_URL (PostgreSQL: CREATE DATABASE … TEMPLATE;
SQLite: a file copy), unless `--keep` adds to the copy already there.

    .venv/bin/python -m bench fill                    # 10,000 Arabic bulletins, 30 % also in French
    .venv/bin/python -m bench fill --count 100000     # the 100,000-bulletin target
    .venv/bin/python -m bench search                  # p50/p95 of search and autocomplete, SQL queries
    .venv/bin/python -m bench pages                   # p50/p95 of the public pages (in-process; --http URL too)
    .venv/bin/python -m bench load --url http://127.0.0.1:8001 --static /static/css/site.css   # throughput
"""

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = f"sqlite:///{ROOT / 'db.sqlite3'}"


def bench_url(source):
    """The benchmark's database for `source`: BENCH_DATABASE_URL, or the source's name + "_bench"."""
    explicit = os.environ.get("BENCH_DATABASE_URL")
    if explicit:
        return explicit
    parts = urlsplit(source)
    if parts.scheme.startswith("sqlite"):
        path = Path(parts.path)
        return f"sqlite:///{path.with_name(path.stem + '_bench' + path.suffix)}"
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_bench"))


def _name(url):
    return dj_database_url.parse(url)["NAME"]


def check_target(source, target):
    if _name(source) == _name(target):
        raise SystemExit(f"Refusing to fill {_name(target)}: it is the database DATABASE_URL points at.")
    if "bench" not in str(_name(target)):
        raise SystemExit(f"Refusing to fill {_name(target)}: a benchmark database's name contains 'bench'.")


def copy_database(source, target):
    src, dst = dj_database_url.parse(source), dj_database_url.parse(target)
    if src["ENGINE"] != dst["ENGINE"]:
        raise SystemExit("DATABASE_URL and the benchmark database must be of the same kind.")
    if "sqlite" in src["ENGINE"]:
        if not Path(src["NAME"]).exists():
            raise SystemExit(f"{src['NAME']} does not exist: run `make demo` first.")
        Path(dst["NAME"]).unlink(missing_ok=True)
        with sqlite3.connect(src["NAME"]) as origin, sqlite3.connect(dst["NAME"]) as copy:
            origin.backup(copy)
        return
    import psycopg

    admin = {"host": src["HOST"] or None, "port": src["PORT"] or None, "user": src["USER"] or None}
    if src["PASSWORD"]:
        admin["password"] = src["PASSWORD"]
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dst["NAME"]}"')
        try:
            conn.execute(f'CREATE DATABASE "{dst["NAME"]}" TEMPLATE "{src["NAME"]}"')
        except psycopg.errors.ObjectInUse:
            raise SystemExit(
                f"{src['NAME']} is in use (a server or a shell is connected to it); stop them and run again."
            ) from None


def setup_django(target):
    os.environ["DATABASE_URL"] = target
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    fill_parser = commands.add_parser("fill", help="copy the database and fill the copy with bulletins")
    fill_parser.add_argument("--count", type=int, default=10_000, help="Arabic bulletins to add (default 10,000)")
    fill_parser.add_argument("--french-share", type=float, default=0.3, help="share also in French (default 0.3)")
    fill_parser.add_argument("--seed", type=int, default=10)
    fill_parser.add_argument("--keep", action="store_true", help="add to the benchmark database already there")
    fill_parser.add_argument("--events", type=int, default=None, help="events to add (default: count / 20)")
    search_parser = commands.add_parser("search", help="time search and autocomplete on the benchmark database")
    search_parser.add_argument("--repeat", type=int, default=15, help="timed requests per query (default 15)")
    pages_parser = commands.add_parser("pages", help="p50/p95 of the public pages on the benchmark database")
    pages_parser.add_argument("--repeat", type=int, default=20, help="timed requests per page (default 20)")
    pages_parser.add_argument("--http", help="also time them through a running server, e.g. http://127.0.0.1:8001")
    pages_parser.add_argument("--skip", action="append", default=[], help="leave out the pages whose name has this")
    load_parser = commands.add_parser("load", help="drive a mix of pages and searches against a running server")
    load_parser.add_argument("--url", help="a running server instead of starting gunicorn and Varnish here")
    load_parser.add_argument("--static", default="/static/css/site.css", help="the static file to compare with")
    load_parser.add_argument("--duration", type=int, default=20, help="seconds per run (default 20)")
    load_parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    args = parser.parse_args(argv)

    source = os.environ.get("DATABASE_URL", DEFAULT_SOURCE)
    target = bench_url(source)
    check_target(source, target)
    print(f"Benchmark database: {_name(target)}")

    if args.command == "fill":
        if not args.keep:
            print(f"Copying {_name(source)}…")
            copy_database(source, target)
        setup_django(target)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        from bench.fill import fill

        started = time.monotonic()
        fill(args.count, french_share=args.french_share, seed=args.seed, events=args.events)
        print(f"Done in {time.monotonic() - started:.0f} s.")
    elif args.command == "pages":
        setup_django(target)
        from bench.pages import report, run

        rows = run(repeat=args.repeat, http=args.http, skip=args.skip)
        print()
        print(report(rows, http=bool(args.http)))
    elif args.command == "load":
        setup_django(target)
        from bench.load import report, run

        print(report(run(args.url, static=args.static, duration=args.duration, connections=args.connections)))
    else:
        setup_django(target)
        from bench.run import describe_database, report, run

        database = describe_database()
        rows = run(repeat=args.repeat)
        print()
        print(report(rows, database))


if __name__ == "__main__":
    main()
