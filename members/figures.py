"""The network in figures and on a map: what the network declares, and what the directory holds.

Two numbers tell the network's size and both are shown, each for what it is: the composition the
network declares (a site setting, `core.NetworkSettings`, that staff update), and the members that
have a space on the site (the directory's live member pages). Neither is written in the code.
"""

import json
from dataclasses import dataclass
from functools import cache
from math import ceil
from pathlib import Path

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.charts import Row, Series, bar_chart
from core.models import NetworkSettings, Region
from members.models import MemberKind, MemberPage

REGION_MAP = Path(__file__).resolve().parent / "data" / "region_map.json"
# Shades of the map, lightest for regions without members (levels 1..LEVELS for the others).
LEVELS = 4


@cache
def region_outlines():
    """The twelve regions' simplified outlines (scripts/make_region_map.py), read once per process."""
    return json.loads(REGION_MAP.read_text(encoding="utf-8"))


@dataclass
class MapRegion:
    code: str
    name: str
    slug: str
    count: int
    level: int
    path: str


@dataclass
class Band:
    """One shade of the map's legend: the counts from `low` to `high` (inclusive)."""

    level: int
    low: int
    high: int


def bands(largest):
    """The legend's shades: one per count when there are few, else LEVELS bands of equal width."""
    if largest <= 0:
        return []
    width = ceil(largest / LEVELS)
    return [
        Band(level=i + 1, low=i * width + 1, high=min((i + 1) * width, largest))
        for i in range(LEVELS)
        if i * width + 1 <= largest
    ]


def _level(count, legend):
    return next((band.level for band in legend if band.low <= count <= band.high), 0)


def members_by_region(locale_id):
    """Each of the regions of `locale_id`, its live members counted, with its outline: two queries."""
    counts = dict(
        MemberPage.objects.live()
        .public()
        .filter(locale_id=locale_id, region__isnull=False)
        .values_list("region__code")
        .annotate(n=Count("id"))
        .order_by()
    )
    outlines = region_outlines()["regions"]
    regions = Region.objects.filter(locale_id=locale_id).order_by("code")
    legend = bands(max(counts.values(), default=0))
    return [
        MapRegion(
            code=region.code,
            name=region.name,
            slug=region.slug,
            count=counts.get(region.code, 0),
            level=_level(counts.get(region.code, 0), legend),
            path=outlines.get(region.code, ""),
        )
        for region in regions
    ], legend


def network_figures(page, request=None):
    """The network in figures for the locale of `page`: declared composition, directory, regions, charts."""
    counts = dict(
        MemberPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .values_list("kind")
        .annotate(n=Count("id"))
        .order_by()
    )
    site = page.get_site() if request is None else None
    settings = NetworkSettings.for_request(request) if request is not None else NetworkSettings.for_site(site)
    declared = settings.declared_by_kind if settings.declared_members is not None else None
    declared_total = settings.declared_members
    national = settings.total_collectivities
    directory_total = sum(counts.values())
    kinds = [(value, label) for value, label in MemberKind.choices]

    series = []
    if declared:
        series.append(Series("declared", _("Declared by the network")))
    series.append(Series("directory", _("With a space on this site")))
    rows = [Row(label, ([declared[value]] if declared else []) + [counts.get(value, 0)]) for value, label in kinds]
    regions, legend = members_by_region(page.locale_id)
    return {
        "declared_total": declared_total,
        "declared_by_kind": [(label, declared[value]) for value, label in kinds] if declared else [],
        "composition_date": settings.composition_date,
        "directory_total": directory_total,
        "directory_by_kind": [(label, counts.get(value, 0)) for value, label in kinds],
        "national": national,
        "share": round(100 * declared_total / national, 1) if national and declared_total else None,
        "chart": bar_chart(series, rows),
        "regions": regions,
        "legend": legend,
        "map": region_outlines(),
    }
