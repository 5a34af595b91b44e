"""What `data` reads the data files into: rich-text HTML, references, local times.

A reference names another object of the demo by its key and is resolved by the builder once that
object exists.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.html import escape

MOROCCO = ZoneInfo("Africa/Casablanca")


class Html(str):
    """A fragment that is already HTML, so `rich()` does not wrap it in a paragraph."""


def _items(tag, items):
    return Html(f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>")


def ul(*items):
    return _items("ul", items)


def ol(*items):
    return _items("ol", items)


def h2(text):
    return Html(f"<h2>{escape(text)}</h2>")


def h3(text):
    return Html(f"<h3>{escape(text)}</h3>")


def rich(*parts):
    """Rich text from plain strings (one paragraph each) and `ul`/`ol`/`h2`/`h3` fragments, escaped."""
    return Html("".join(part if isinstance(part, Html) else f"<p>{escape(part)}</p>" for part in parts))


def at(value):
    """An aware datetime in Moroccan time from 'YYYY-MM-DD HH:MM'."""
    return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=MOROCCO)


def day(value):
    return datetime.date.fromisoformat(value)


@dataclass(frozen=True)
class Ref:
    """Another object of the demo, by kind ('page', 'image', 'document') and key."""

    kind: str
    key: str


def page(key):
    return Ref("page", key)


def image(key):
    return Ref("image", key)


def document(key):
    return Ref("document", key)


def category(slug):
    return Ref("category", slug)


def theme(slug):
    return Ref("theme", slug)
