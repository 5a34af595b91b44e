"""Content-Security-Policy: a strict one for the public site, the one Wagtail's admin needs for the admin.

The public site (settings.CONTENT_SECURITY_POLICY) loads scripts, styles, fonts and images from this origin
only, runs no inline script and applies no inline style; a template that cannot avoid an inline block gives
it `nonce="{{ request.csp_nonce }}"` (the 500 page does). Nothing may frame it.

The admin (settings.ADMIN_CONTENT_SECURITY_POLICY) is as strict as Wagtail 8 allows: this origin only, no
plugins, forms posting here only, never framed; but Wagtail renders inline <script> tags without a nonce
(date pickers, inline panels, wagtail-localize's editors) and inline style attributes, so the admin allows
inline scripts and styles. A nonce in the admin's script-src would switch 'unsafe-inline' off and break them.

Wagtail's preview views (in the admin) mark themselves with `X-Frame-Options: SAMEORIGIN`, the only responses
that may be framed, by the admin's own preview panel: they get `frame-ancestors 'self'`. Documents keep the
policy Wagtail's serve view gives them (`default-src 'none'`).

A view that answers with something the public must not see (an unpublished document shown to its editor,
members/documents.py) sets `request.private_response`: the response then says no shared cache may keep it.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_cache_control


def admin_prefix():
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "private_response", False):
            patch_cache_control(response, private=True, no_store=True)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(admin_prefix()):
            parts = PolicyParts(
                config=parts.config or default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
                update=parts.update,
                replace=parts.replace,
                # The admin's scripts carry no nonce: one in the header would switch 'unsafe-inline' off.
                nonce=None,
            )
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
