"""What a rendered public page says, read the way a browser and a reader see it.

`read(html)` parses one page and keeps: the <html> lang and dir, the canonical and hreflang links, the
language switcher, the untranslated-page notices, and every visible or spoken string with the language it is
declared in (the nearest `lang` attribute), so tests can ask «is any Arabic shown on the French page outside an
element that says it is Arabic?».
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"script", "style", "template"}
# Attributes a reader sees or hears.
SPOKEN_ATTRIBUTES = ("aria-label", "placeholder", "alt", "title")

ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


@dataclass
class Text:
    text: str
    lang: str
    # The element's `dir` is set on data that reads left to right whatever the page: e-mails, phone numbers.
    ltr_data: bool
    where: str


@dataclass
class SwitcherLink:
    code: str
    href: str | None
    current: bool
    untranslated: bool


@dataclass
class Rendered:
    lang: str = ""
    dir: str = ""
    canonical: str | None = None
    hreflang: dict = field(default_factory=dict)
    switcher: dict = field(default_factory=dict)
    notices: dict = field(default_factory=dict)
    texts: list = field(default_factory=list)

    @property
    def alternates(self):
        """{language: path} of the hreflang links, x-default left out."""
        return {code: path(url) for code, url in self.hreflang.items() if code != "x-default"}

    @property
    def x_default(self):
        return path(self.hreflang["x-default"]) if "x-default" in self.hreflang else None


def path(url):
    return urlsplit(url).path if url else url


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Rendered()
        self.stack = []  # (tag, lang, ltr_data, hidden, classes, id)
        self.in_switcher = 0
        self.notice_id = None

    def _top(self):
        return self.stack[-1] if self.stack else ("", "", False, False, "", "")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        _tag, lang, ltr_data, hidden, _classes, _id = self._top()
        lang = attrs.get("lang", lang)
        ltr_data = ltr_data or attrs.get("dir") == "ltr" and tag != "html"
        hidden = hidden or tag in HIDDEN or "hidden" in attrs
        classes = attrs.get("class", "") or ""
        if tag == "html":
            self.page.lang, self.page.dir = attrs.get("lang", ""), attrs.get("dir", "")
        if tag == "link":
            rel = attrs.get("rel", "")
            if rel == "canonical":
                self.page.canonical = attrs.get("href")
            elif rel == "alternate" and attrs.get("hreflang"):
                self.page.hreflang[attrs["hreflang"]] = attrs.get("href")
        if tag == "nav" and "languages" in classes.split():
            self.in_switcher = len(self.stack) + 1
        if self.in_switcher and tag in {"a", "span"} and attrs.get("lang"):
            self.page.switcher[attrs["lang"]] = SwitcherLink(
                code=attrs["lang"],
                href=attrs.get("href"),
                current=attrs.get("aria-current") == "true",
                untranslated="languages__untranslated" in classes.split(),
            )
        if tag == "p" and (attrs.get("id") or "").startswith("untranslated-"):
            self.notice_id = attrs["id"].removeprefix("untranslated-")
            self.page.notices[self.notice_id] = ""
        if not hidden and tag != "html":
            for name in SPOKEN_ATTRIBUTES:
                if attrs.get(name):
                    self.page.texts.append(Text(attrs[name], lang, ltr_data, f"<{tag} {name}>"))
        if tag not in VOID:
            self.stack.append((tag, lang, ltr_data, hidden, classes, attrs.get("id")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            popped = self.stack.pop()
            if popped[0] == tag:
                break
        if self.in_switcher and len(self.stack) < self.in_switcher:
            self.in_switcher = 0
        if tag == "p" and self.notice_id:
            self.page.notices[self.notice_id] = " ".join(self.page.notices[self.notice_id].split())
            self.notice_id = None

    def handle_data(self, data):
        tag, lang, ltr_data, hidden, _classes, _id = self._top()
        text = data.strip()
        if self.notice_id:
            self.page.notices[self.notice_id] += data
        if text and not hidden:
            self.page.texts.append(Text(text, lang, ltr_data, tag))


def read(response_or_html):
    html = response_or_html
    if hasattr(response_or_html, "content"):
        html = response_or_html.content.decode()
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page
