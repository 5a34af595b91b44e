"""Dates as Moroccans write them: «12 نونبر 2024», «من 12 إلى 13 نونبر 2024», «12–13 novembre 2024».

One place formats every date of the site; templates use the `local_date` and `date_range`
filters of `core_tags`, which call these functions with the active language.
"""

import datetime

from django.utils import formats, timezone, translation
from django.utils.translation import pgettext_lazy

MONTHS = {
    # The month names used in Morocco, with Western digits, as the source documents write them.
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


# A language added by configuration (Tamazight) names the months in its message catalogue.
CATALOGUE_MONTHS = [
    pgettext_lazy("month name in a date", "January"),
    pgettext_lazy("month name in a date", "February"),
    pgettext_lazy("month name in a date", "March"),
    pgettext_lazy("month name in a date", "April"),
    pgettext_lazy("month name in a date", "May"),
    pgettext_lazy("month name in a date", "June"),
    pgettext_lazy("month name in a date", "July"),
    pgettext_lazy("month name in a date", "August"),
    pgettext_lazy("month name in a date", "September"),
    pgettext_lazy("month name in a date", "October"),
    pgettext_lazy("month name in a date", "November"),
    pgettext_lazy("month name in a date", "December"),
]


def _other_language_date(value, language):
    """A language without month names here: its own date format, or «12 <month> 2024» with the month names of
    its message catalogue when Django has no format for it (Tamazight: «12 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024»)."""
    with translation.override(language):
        if formats.get_format_modules(language):
            return formats.date_format(value, "DATE_FORMAT")
        return f"{value.day} {CATALOGUE_MONTHS[value.month - 1]} {value.year}"


def as_date(value):
    """The day a date or datetime falls on, in the site's time zone."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def _language(language):
    return (language or translation.get_language() or "ar").split("-")[0]


def _day(day, language):
    return "1er" if language == "fr" and day == 1 else str(day)


def _day_month(value, language):
    return f"{_day(value.day, language)} {MONTHS[language][value.month - 1]}"


def format_date(value, language=None):
    """«12 نونبر 2024» in Arabic, «12 novembre 2024» in French."""
    if value is None or value == "":
        return ""
    value = as_date(value)
    language = _language(language)
    if language not in MONTHS:
        return _other_language_date(value, language)
    return f"{_day_month(value, language)} {value.year}"


def format_date_range(start, end, language=None):
    """A range, written as short as it reads naturally; one day reads as a single date."""
    if not start:
        return ""
    start = as_date(start)
    end = as_date(end) if end else start
    if end <= start:
        return format_date(start, language)
    language = _language(language)
    if language not in MONTHS:
        return f"{_other_language_date(start, language)} – {_other_language_date(end, language)}"
    if (start.year, start.month) == (end.year, end.month):
        first = _day(start.day, language)
    elif start.year == end.year:
        first = _day_month(start, language)
    else:
        first = format_date(start, language)
    last = format_date(end, language)
    if language == "ar":
        return f"من {first} إلى {last}"
    separator = "–" if (start.year, start.month) == (end.year, end.month) else " – "
    return f"{first}{separator}{last}"
