"""The pledge map: Natural Earth country shapes (partners/data/world_map.json, built by
scripts/build_world_map.py) shaded by the number of public pledges, drawn on the server.

Countries without pledges are one background path; each country with pledges is its own
shape, a link to the wall filtered by it, in one of five shades. The shades' ranges make
the legend; the table beside the map (the accessible alternative) has the same numbers.
"""

import functools
import json
from pathlib import Path
from urllib.parse import urlencode

from django.utils.translation import ngettext

from turnbackcrime.numbers import format_count

DATA = Path(__file__).resolve().parent / "data" / "world_map.json"
LEVELS = 5


@functools.cache
def map_data():
    return json.loads(DATA.read_text())


def level_of(total, highest):
    return max(1, -(-total * LEVELS // highest))  # ceil(LEVELS * total / highest)


def legend_for(highest):
    """[(level, low, high)] for the levels that some count can reach."""
    rows = []
    for level in range(1, LEVELS + 1):
        low, high = (level - 1) * highest // LEVELS + 1, level * highest // LEVELS
        if low <= high:
            rows.append((level, low, high))
    return rows


def world_map(rows, wall_url=""):
    """What the map template draws, from the by-country rows (partners.counts.by_country)."""
    data = map_data()
    paths = data["paths"]
    highest = max((row["total"] for row in rows), default=0)
    shaded = []
    for row in rows:
        code = row["country"]
        if code not in paths:  # a country too small for the 1:110m map (Malta, Singapore…): table only
            continue
        label = ngettext("%(country)s: %(count)s pledge", "%(country)s: %(count)s pledges", row["total"]) % {
            "country": row["name"],
            "count": format_count(row["total"]),
        }
        shaded.append(
            {
                "code": code,
                "name": row["name"],
                "total": row["total"],
                "label": label,
                "level": level_of(row["total"], highest),
                "path": paths[code],
                "href": f"{wall_url}?{urlencode({'country': code})}#latest-pledges",
            }
        )
    shaded_codes = {shape["code"] for shape in shaded}
    return {
        "width": data["width"],
        "height": data["height"],
        "background": "".join(path for code, path in paths.items() if code not in shaded_codes),
        "shapes": shaded,
        "legend": legend_for(highest) if highest else [],
        "rows": rows,
    }
