"""The words of a result that the query matched, marked, and the passage of text around the first of them."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import text

# A word, with the diacritics and tatweel it may carry (they are kept on display).
TOKEN = re.compile("(?:[^\\W_]|[\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")


def query_terms(query):
    """Every term a query may match, flattened: a word of a page is marked when one of its stems is here."""
    return frozenset(term for group in text.query_alternatives(query) for term in group)


def _matches(token, terms):
    return any(term in terms for word in text.words(token) for term in text.alternatives(word))


def _tokens(value):
    """(start, end, matched) of every word of `value`."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(value)]


def _render(value, tokens, terms, start, end):
    out, position = [], start
    for token_start, token_end, token in tokens:
        if token_start < start or token_end > end:
            continue
        out.append(escape(value[position:token_start]))
        if _matches(token, terms):
            out.append(f"<mark>{escape(token)}</mark>")
        else:
            out.append(escape(token))
        position = token_end
    out.append(escape(value[position:end]))
    return "".join(out)


def mark(value, terms):
    """`value` escaped, with the words the query matched in <mark>."""
    value = text.visible(value)
    return mark_safe(_render(value, _tokens(value), terms, 0, len(value)))  # noqa: S308 (every piece is escaped)


def snippet(value, terms, words=32):
    """About `words` words of `value` around its first match, escaped, matches in <mark>; its start if none."""
    value = text.visible(value)
    tokens = _tokens(value)
    if not tokens:
        return ""
    first = next((n for n, (_, _, token) in enumerate(tokens) if _matches(token, terms)), 0)
    begin = max(0, first - words // 4)
    stop = min(len(tokens), begin + words)
    begin = max(0, min(begin, stop - words))
    start = 0 if begin == 0 else tokens[begin][0]
    end = len(value) if stop == len(tokens) else tokens[stop - 1][1]
    html = _render(value, tokens, terms, start, end)
    if begin > 0:
        html = "… " + html
    if stop < len(tokens):
        html += " …"
    return mark_safe(html)  # noqa: S308 (every piece is escaped)
