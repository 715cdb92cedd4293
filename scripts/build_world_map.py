"""Build partners/data/world_map.json, the pledge map's country shapes, from Natural Earth.

Run once when the source changes (`make world-map`); the output is committed, so the
site never reads node_modules. Source: npm `world-atlas` 2.x, `countries-110m.json`
(Natural Earth 1:110m Admin 0 countries, public domain, naturalearthdata.com), as
TopoJSON. This script decodes the arcs, projects them with the Equal Earth projection
(equal area: a country's shade is not exaggerated by its latitude), simplifies each
ring (Douglas-Peucker, half a unit of the 1000-unit-wide map), and writes one SVG
path per ISO 3166-1 alpha-2 code, in relative commands with whole numbers. Antarctica
is left out (nobody pledges from there, and it would take a fifth of the height).
"""

import json
import math
import sys
from pathlib import Path

from django_countries.data import ALT_CODES

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "world-atlas" / "countries-110m.json"
TARGET = ROOT / "partners" / "data" / "world_map.json"
WIDTH = 1000
TOLERANCE = 0.5
LEFT_OUT = {"010"}  # Antarctica

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = math.pi * 2 / (math.sqrt(3) * A1)  # x at longitude 180, latitude 0


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)  # lon may pass 180 a little (unwrap)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points):
    """A ring that crosses the antimeridian (Russia's far east, Fiji) kept in one piece.

    Without this, the ring's edge from 180 to -180 draws a line across the whole map. Its
    points are moved to the side where most of the ring lies, a few degrees past 180.
    """
    if not any(abs(b[0] - a[0]) > 180 for a, b in zip(points, points[1:], strict=False)):
        return points
    east = sum(1 for lon, _lat in points if lon > 0) * 2 >= len(points)
    if east:
        return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    return [(lon - 360 if lon > 0 else lon, lat) for lon, lat in points]


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        far, far_distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            # A closed ring starts and ends at one point: measure from that point.
            if length == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if distance > far_distance:
                far, far_distance = i, distance
        if far is not None:
            keep[far] = True
            stack += [(first, far), (far, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def main():
    topology = json.loads(SOURCE.read_text())
    arcs = decode_arcs(topology)
    alpha2 = {f"{numeric:03d}": code for code, (_alpha3, numeric) in ALT_CODES.items() if numeric}
    scale = WIDTH / (2 * X_MAX)
    shapes, skipped = {}, []
    for geometry in topology["objects"]["countries"]["geometries"]:
        number = geometry.get("id")
        if number in LEFT_OUT:
            continue
        code = alpha2.get(number)
        if code is None:
            skipped.append(geometry["properties"]["name"])
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                projected = []
                for lon, lat in unwrap(ring_points(ring, arcs)):
                    x, y = equal_earth(lon, lat)
                    projected.append((WIDTH / 2 + x * scale, -y * scale))
                rings.append(simplify(projected, TOLERANCE))
        shapes.setdefault(code, []).extend(rings)

    top = min(y for rings in shapes.values() for ring in rings for _x, y in ring)
    bottom = max(y for rings in shapes.values() for ring in rings for _x, y in ring)
    paths = {}
    for code, rings in sorted(shapes.items()):
        commands = []
        for ring in rings:
            points = [(round(x), round(y - top)) for x, y in ring]
            # Whole numbers can make neighbours equal: drop the repeats, and rings that collapse.
            deduped = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
            if len(deduped) < 3:
                continue
            (x0, y0), rest = deduped[0], deduped[1:]
            if rest[-1] == deduped[0]:
                rest = rest[:-1]
            steps, (px, py) = [], (x0, y0)
            for x, y in rest:
                steps.append(f"{x - px} {y - py}")
                px, py = x, y
            commands.append(f"M{x0} {y0}l{' '.join(steps)}z")
        if commands:
            paths[code] = "".join(commands)
    data = {
        "source": "Natural Earth 1:110m Admin 0 countries, public domain (npm world-atlas 2, countries-110m)",
        "projection": "Equal Earth",
        "width": WIDTH,
        "height": math.ceil(bottom - top) + 1,
        "paths": paths,
    }
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{len(paths)} countries written to {TARGET.relative_to(ROOT)}", file=sys.stderr)
    if skipped:
        print(f"No ISO code, left out: {', '.join(sorted(skipped))}", file=sys.stderr)


if __name__ == "__main__":
    main()
