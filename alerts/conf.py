"""The alerts' settings, each with its default; any of them can be set in the settings module."""

from django.conf import settings


def get(name):
    return getattr(settings, name, DEFAULTS[name])


DEFAULTS = {
    # How long a confirmation link stays valid, in seconds.
    "ALERTS_CONFIRMATION_MAX_AGE": 3 * 24 * 3600,
    # Subscription requests allowed (count, seconds) per address and per client (IP address).
    "ALERTS_RATE_PER_ADDRESS": (3, 3600),
    "ALERTS_RATE_PER_CLIENT": (10, 3600),
    # The Django cache that counts them.
    "ALERTS_CACHE": "default",
    # A digest holds what was published within this many days (and since the address was confirmed).
    "ALERTS_LOOKBACK_DAYS": 30,
    # At most this many pages in one digest; the rest go in the next one.
    "ALERTS_MAX_ITEMS": 50,
    # The sender of alerts; DEFAULT_FROM_EMAIL when empty.
    "ALERTS_FROM_EMAIL": "",
}


def from_email():
    return get("ALERTS_FROM_EMAIL") or settings.DEFAULT_FROM_EMAIL
