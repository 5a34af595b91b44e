# The network's site: `make run` to browse it, `make test` to check it. `make help` lists the rest.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run serve demo messages compilemessages check lint test test-fast browsers server-tools bench clean

help: ## List the commands
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the pinned dependencies

compilemessages: $(STAMP) ## Compile the Arabic and French message catalogues
	$(MANAGE) compilemessages --ignore=.venv -v0

# Every string of the project goes to locale/ (an app's own locale/ folder is skipped, so none splits off).
# `make messages MESSAGE_LANGUAGES="ar fr zgh"` refreshes another language's catalogue too.
MESSAGE_LANGUAGES ?= ar fr
messages: $(STAMP) ## Refresh locale/{ar,fr}/LC_MESSAGES/django.po from the code and templates
	$(MANAGE) makemessages $(addprefix -l ,$(MESSAGE_LANGUAGES)) --no-obsolete --add-location=file \
		--ignore=.venv --ignore=static_collected --ignore=media --ignore=locale --ignore=tests --ignore=test-artifacts

demo: $(STAMP) compilemessages ## Migrate and load the demo content (SQLite unless DATABASE_URL is set)
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_content
	$(MANAGE) set_site_url
	$(MANAGE) update_index -v0
	$(MANAGE) create_demo_admin

run: demo ## Fresh clone to a running site on http://127.0.0.1:8000 with the demo content
	@echo ""
	@echo "  The site:  http://$(HOST):$(PORT)/ar/   (français: http://$(HOST):$(PORT)/fr/)"
	@echo "  The admin: http://$(HOST):$(PORT)/admin/   login: admin / password: admin (local demo only)"
	@echo "  Demo officers: officer-bni-ansar / officer-bni-ansar, officer-ait-melloul / officer-ait-melloul"
	@echo "  Scheduled pages go live and expire every minute (publish_scheduled runs beside the server),"
	@echo "  and email alerts go out (send_alerts; in development mails are printed here, not sent)."
	@echo ""
	@( while sleep 60; do $(MANAGE) publish_scheduled >/dev/null; $(MANAGE) send_alerts; done ) & trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

check: $(STAMP) compilemessages ## Django checks, migrations in step with the models, lint
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

lint: $(STAMP) ## Lint and format check only
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# pytest-xdist workers: one per core; PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= auto

test: check ## The whole suite (PostgreSQL when DATABASE_URL is set, SQLite otherwise)
	$(PY) -m pytest --create-db -q -n $(PYTEST_WORKERS)

browsers: ## Install Debian's Chromium and Arabic/Tifinagh fonts for the browser tests, when missing (as root)
	@command -v chromium >/dev/null && fc-list | grep -q "Noto Naskh Arabic" || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq -o Dpkg::Use-Pty=0 chromium fonts-noto-core >/dev/null; }
	@chromium --version 2>/dev/null | head -n 1

server-tools: ## Install Debian's PostgreSQL client, nginx and Varnish for the backup and server tests, when missing (as root)
	@command -v pg_dump >/dev/null && command -v pg_restore >/dev/null && command -v nginx >/dev/null \
		&& command -v varnishd >/dev/null || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq -o Dpkg::Use-Pty=0 postgresql-client nginx varnish >/dev/null; }
	@pg_dump --version; nginx -v 2>&1; varnishd -V 2>&1 | head -n 1

test-fast: $(STAMP) ## The suite without the browser tests
	$(PY) -m pytest -q -m "not browser" -n $(PYTEST_WORKERS)

BENCH_COUNT ?= 10000
bench: $(STAMP) ## Search at scale on a copy of the database: `make bench BENCH_COUNT=100000` (see README)
	$(PY) -m bench fill --count $(BENCH_COUNT)
	$(PY) -m bench search

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 static_collected media .pytest_cache
