"""gunicorn's settings for the site (deploy/systemd/rmcto.service runs `gunicorn -c deploy/gunicorn.conf.py`).

Every value can be changed from the environment file (/etc/rmcto/rmcto.env) without editing this file.
"""

import multiprocessing
import os

wsgi_app = "site_cms.wsgi:application"

# systemd hands the socket over (deploy/systemd/rmcto.socket, /run/rmcto/gunicorn.sock); GUNICORN_BIND is for
# running without it, on loopback only (nginx is the only client).
bind = os.environ.get("GUNICORN_BIND", "unix:/run/rmcto/gunicorn.sock")

# Pages are rendered by Python (CPU bound): one worker per core plus one, at least two; threads cover the
# waits on the database and the mail relay.
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count() + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (and a random few more), so a slow leak never builds up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
# Not preloaded: `systemctl reload rmcto` (HUP) then starts workers on the new code after an upgrade, while the
# old ones finish their requests.
preload_app = False

# Logs to stdout/stderr (journald keeps them), one line per request, with the request's id (core/request_id.py)
# and its duration in microseconds.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(D)sus request_id=%({x-request-id}o)s referer="%(f)s" agent="%(a)s"'

# nginx on this machine sets X-Forwarded-Proto: trusted from the local socket and loopback only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "rmcto"
