"""Bar charts drawn on the server as SVG: no chart library, no script, nothing fetched by the browser.

A chart is a picture of a table the page also shows; the table is its text alternative, so the SVG is
hidden from assistive technologies. Bars are laid out in percentages of the chart's width, so the chart
fills any column while its text keeps the page's size, and they grow from the start of the line: from
the right on Arabic pages, from the left on French ones. Numbers are written as the page's language
writes them.
"""

from dataclasses import dataclass, field

from django.utils import translation

from core.numbers import format_number

LABEL_HEIGHT = 22  # the line of a row's label, above its bars (px)
BAR_HEIGHT = 18
BAR_GAP = 4  # between the bars of one row
ROW_GAP = 14
SCALE = 84  # the longest bar's share of the width (%), leaving room for its value after it
MIN_INSIDE = 9  # a stacked segment narrower than this (%) does not print its value inside


@dataclass
class Series:
    key: str
    label: str


@dataclass
class Row:
    label: str
    values: list


@dataclass
class Bar:
    x: float
    width: float
    y: float
    series: str
    value: int
    text: str
    text_x: float = 0
    inside: bool = False


@dataclass
class Chart:
    series: list
    rows: list = field(default_factory=list)
    height: int = 0
    labels: list = field(default_factory=list)  # (x %, y px, text)
    bars: list = field(default_factory=list)
    totals: list = field(default_factory=list)  # (x %, y px, text)
    rtl: bool = False


def _x(start, width, rtl):
    """The left edge (in % of the width) of a span `width` long that starts `start` from the line's start."""
    return round(100 - start - width, 3) if rtl else round(start, 3)


def _after(end, rtl):
    """Where a value written after a bar ending at `end` (from the line's start) is anchored."""
    return round(100 - end - 1, 3) if rtl else round(end + 1, 3)


def bar_chart(series, rows, stacked=False):
    """The geometry of a horizontal bar chart of `rows` (Row, one value per series, in order).

    Grouped: one bar per series in each row, each with its value after it. Stacked: one bar per row made
    of one segment per series, each segment's value inside it when it fits, the row's total after it.
    """
    rtl = translation.get_language_bidi()
    chart = Chart(series=series, rows=rows, rtl=rtl)
    largest = max((sum(row.values) if stacked else max(row.values, default=0)) for row in rows) if rows else 0
    unit = SCALE / largest if largest else 0
    y = 0
    for row in rows:
        chart.labels.append((100 if rtl else 0, y + LABEL_HEIGHT - 6, row.label))
        y += LABEL_HEIGHT
        if stacked:
            start = 0
            for s, value in zip(series, row.values, strict=True):
                width = round(value * unit, 3)
                bar = Bar(_x(start, width, rtl), width, y, s.key, value, format_number(value))
                bar.inside = width >= MIN_INSIDE
                bar.text_x = round(bar.x + width / 2, 3)
                chart.bars.append(bar)
                start += width
            chart.totals.append((_after(start, rtl), y + BAR_HEIGHT - 4, format_number(sum(row.values))))
            y += BAR_HEIGHT
        else:
            for s, value in zip(series, row.values, strict=True):
                width = round(value * unit, 3)
                bar = Bar(_x(0, width, rtl), width, y, s.key, value, format_number(value))
                bar.text_x = _after(width, rtl)
                chart.bars.append(bar)
                y += BAR_HEIGHT + BAR_GAP
            y -= BAR_GAP
        y += ROW_GAP
    chart.height = max(y - ROW_GAP, 0)
    return chart
