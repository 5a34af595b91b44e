"""The messages of email alerts: the confirmation of a request, and the digest of what was published.

Each is written in its reader's language, as HTML and plain text, with absolute links on the site's own host.
A digest carries `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058): mail applications offer a
one-click unsubscribe button that needs no visit to the site.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts import conf, tokens
from core.syndication import absolute_url, network_name, site_root_url, text_direction


def _message(subject, template, context, to, language, headers=None, connection=None):
    context = {
        **context,
        "language": language,
        "direction": text_direction(language),
        "network": network_name(),
        "subject": subject,
    }
    text = render_to_string(f"alerts/email/{template}.txt", context)
    html = render_to_string(f"alerts/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject, text, conf.from_email(), [to], headers=headers or {}, connection=connection
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(request, email, language, whole_network, members, categories):
    with translation.override(language):
        token = tokens.confirmation_token(
            email, language, whole_network, [m.pk for m in members], [c.pk for c in categories]
        )
        root = site_root_url(request)
        url = absolute_url(reverse("alerts:confirm", args=[token]), root=root)
        days = conf.get("ALERTS_CONFIRMATION_MAX_AGE") // 86400
        context = {
            "confirm_url": url,
            "whole_network": whole_network,
            "members": members,
            "categories": categories,
            "validity": ngettext("%(count)d day", "%(count)d days", days) % {"count": days},
            "form_url": absolute_url(reverse("alerts:subscribe"), root=root),
        }
        subject = _("Confirm your email alerts — %(network)s") % {"network": network_name()}
        return _message(subject, "confirm", context, email, language)


def unsubscribe_url(subscriber, root=None):
    with translation.override(subscriber.language):
        return absolute_url(reverse("alerts:unsubscribe", args=[tokens.unsubscribe_token(subscriber)]), root=root)


def digest_message(subscriber, sections, connection=None):
    """`sections`: (heading, [page…]) in reading order; every page has `get_full_url()` on the site's host."""
    language = subscriber.language
    with translation.override(language):
        root = site_root_url()
        count = sum(len(pages) for _heading, pages in sections)
        unsubscribe = unsubscribe_url(subscriber, root)
        context = {
            "sections": [(heading, [(page, page.get_full_url()) for page in pages]) for heading, pages in sections],
            "count": count,
            "unsubscribe_url": unsubscribe,
            "form_url": absolute_url(reverse("alerts:subscribe"), root=root),
            "site_url": root + "/",
        }
        subject = ngettext(
            "%(network)s: %(count)d new publication",
            "%(network)s: %(count)d new publications",
            count,
        ) % {"network": network_name(), "count": count}
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
        }
        return _message(subject, "digest", context, subscriber.email, language, headers, connection)
