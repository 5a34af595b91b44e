"""One id per request, carried by every log line of that request and by the response.

The reverse proxy names the request (nginx: `proxy_set_header X-Request-ID $request_id`, deploy/nginx/rmcto.conf)
so its access log, gunicorn's and the site's can be joined; a request that comes without a well-formed id gets
a new one. Nothing from the client is trusted beyond its shape: letters, digits, `-`, `_`, `.`, 8 to 128 of them.

`RequestIdMiddleware` comes first in MIDDLEWARE, so everything after it logs with the id; `RequestIdFilter`
puts it on every log record (`-` outside a request), and `OneLineFormatter` writes each event on one line,
a traceback included, so a log collector never splits an event.
"""

import contextvars
import logging
import re
import uuid

import sentry_sdk

from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,128}")

current_request_id = contextvars.ContextVar("request_id", default="-")


def request_id_from(request):
    given = request.headers.get(HEADER, "")
    return given if WELL_FORMED.fullmatch(given) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request_id_from(request)
        # Kept until the response is closed: Django logs a 4xx or 5xx after the middleware has returned.
        current_request_id.set(request.id)
        # Inactive unless SENTRY_DSN is set: then a reported error names the request it came from.
        sentry_sdk.set_tag("request_id", request.id)
        response = self.get_response(request)
        response[HEADER] = request.id
        return response


@receiver(request_finished)
def forget_request_id(**kwargs):
    current_request_id.set("-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True


class OneLineFormatter(logging.Formatter):
    """A log event on one line: line breaks of the message and of its traceback are written as `\\n`."""

    def format(self, record):
        return super().format(record).replace("\r", "").replace("\n", "\\n")
