"""Dates read as Moroccans write them, in Arabic and in French."""

import datetime
import zoneinfo

import pytest

from django.template import Context, Template
from django.utils import translation

from core.dates import format_date, format_date_range

AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_in_arabic_and_french(month):
    day = datetime.date(2024, month, 12)
    assert format_date(day, "ar") == f"12 {AR_MONTHS[month - 1]} 2024"
    assert format_date(day, "fr") == f"12 {FR_MONTHS[month - 1]} 2024"


def test_arabic_uses_western_digits():
    text = format_date(datetime.date(2024, 11, 12), "ar")
    assert text == "12 نونبر 2024"
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)


def test_first_of_the_month_in_french():
    assert format_date(datetime.date(2016, 12, 1), "fr") == "1er décembre 2016"


@pytest.mark.parametrize(
    ("start", "end", "arabic", "french"),
    [
        ((2024, 11, 12), (2024, 11, 13), "من 12 إلى 13 نونبر 2024", "12–13 novembre 2024"),
        ((2016, 11, 29), (2016, 12, 2), "من 29 نونبر إلى 2 دجنبر 2016", "29 novembre – 2 décembre 2016"),
        ((2024, 12, 30), (2025, 1, 2), "من 30 دجنبر 2024 إلى 2 يناير 2025", "30 décembre 2024 – 2 janvier 2025"),
        ((2024, 9, 24), (2024, 9, 24), "24 شتنبر 2024", "24 septembre 2024"),
    ],
)
def test_ranges_within_a_month_across_months_and_years(start, end, arabic, french):
    start, end = datetime.date(*start), datetime.date(*end)
    assert format_date_range(start, end, "ar") == arabic
    assert format_date_range(start, end, "fr") == french


def test_datetimes_are_read_in_casablanca_time():
    # 23:30 UTC on 11 November is already 12 November in Casablanca (UTC+1).
    moment = datetime.datetime(2024, 11, 11, 23, 30, tzinfo=datetime.UTC)
    assert format_date(moment, "ar") == "12 نونبر 2024"
    local = datetime.datetime(2024, 11, 12, 9, 0, tzinfo=zoneinfo.ZoneInfo("Africa/Casablanca"))
    assert format_date(local, "fr") == "12 novembre 2024"


def test_template_filters_follow_the_active_language():
    template = Template("{% load core_tags %}{{ start|local_date }} | {{ start|date_range:end }}")
    context = Context({"start": datetime.date(2024, 11, 12), "end": datetime.date(2024, 11, 13)})
    with translation.override("ar"):
        assert template.render(context) == "12 نونبر 2024 | من 12 إلى 13 نونبر 2024"
    with translation.override("fr"):
        assert template.render(context) == "12 novembre 2024 | 12–13 novembre 2024"


def test_empty_values_render_nothing():
    assert format_date(None, "ar") == ""
    assert format_date_range(None, None, "fr") == ""
