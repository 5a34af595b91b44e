"""The site's address, configured once (settings.SITE_URL) and written into the default Site record.

Wagtail builds every absolute URL (canonical and hreflang links, the sitemap, feeds, emails) from the Site
record's hostname and port, never from the host a request came by; `manage.py set_site_url` keeps that record
in step with SITE_URL.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def parse_site_url(url=None):
    """(hostname, port) of `url` (default settings.SITE_URL), as Wagtail's Site record holds them.

    Wagtail writes http on port 80 and https on 443 without a port, and any other port as http: an https
    address must use 443.
    """
    url = url or settings.SITE_URL
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must be an http:// or https:// address, not {url!r}.")
    if parts.path not in {"", "/"} or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"SITE_URL must be an origin without a path, not {url!r}.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured(f"An https SITE_URL must use port 443 (Wagtail's Site record), not {url!r}.")
    return parts.hostname, port
