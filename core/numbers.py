"""Numbers as the visitor reads them: «1.590» in Arabic, «1 590» in French, whoever wrote them.

Django groups French digits but not Arabic ones (its Arabic formats have no NUMBER_GROUPING); census
figures and the network's counts need grouping to be readable in both. Figures typed by editors
(«1590», «+3000») read the same way as the ones the site computes.
"""

import re

from django.utils import formats, numberformat

# A whole number as an editor may type it: «1590», «1 590», «1,590», «1.590» (never «2,5» or «1.5»).
TYPED_INTEGER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|(?<![\d.,])\d{4,}(?![\d.,]\d)")
SEPARATORS = re.compile(r"[ \u00a0\u202f.,]")


def format_number(value):
    """An integer grouped by thousands with the active language's separators; other values unchanged."""
    if value in (None, ""):
        return ""
    try:
        value = int(value)
    except (TypeError, ValueError):
        return value
    return numberformat.format(
        value,
        formats.get_format("DECIMAL_SEPARATOR"),
        grouping=3,
        thousand_sep=formats.get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


def format_figure(text):
    """«1590» → «1.590» / «1 590», «+30%» as it is: the whole numbers in a typed figure, grouped."""
    if text in (None, ""):
        return ""
    return TYPED_INTEGER.sub(lambda m: format_number(int(SEPARATORS.sub("", m.group()))), str(text))
