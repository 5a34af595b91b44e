"""Signed links: a confirmation link carries the whole request and expires; an unsubscribe link never does.

Nothing about an unconfirmed request is stored: its address and choices travel in the confirmation link,
signed with SECRET_KEY, and are saved only when their owner confirms.
"""

import uuid

from django.core import signing

from alerts import conf

CONFIRM_SALT = "alerts.confirm"
UNSUBSCRIBE_SALT = "alerts.unsubscribe"

Expired = signing.SignatureExpired
Invalid = signing.BadSignature


def confirmation_token(email, language, whole_network, member_ids, category_ids):
    data = {"e": email, "l": language, "n": bool(whole_network), "m": list(member_ids), "c": list(category_ids)}
    return signing.dumps(data, salt=CONFIRM_SALT, compress=True)


def read_confirmation(token):
    """The request a confirmation link carries; raises `Expired` or `Invalid`."""
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=conf.get("ALERTS_CONFIRMATION_MAX_AGE"))
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise Invalid("Malformed confirmation")
    return {
        "email": data["e"],
        "language": str(data.get("l", "")),
        "whole_network": bool(data.get("n")),
        "member_ids": [int(pk) for pk in data.get("m", []) if str(pk).isdigit()],
        "category_ids": [int(pk) for pk in data.get("c", []) if str(pk).isdigit()],
    }


def unsubscribe_token(subscriber):
    return signing.dumps(str(subscriber.key), salt=UNSUBSCRIBE_SALT)


def read_unsubscribe(token):
    """The subscriber key an unsubscribe link names; raises `Invalid`."""
    value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise Invalid("Malformed key") from None
