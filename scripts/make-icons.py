"""Draw the site icons (favicon.ico, apple-touch-icon, manifest icons) from the logo mark.

Run once after changing turnbackcrime/static/img/logo-mark.svg:
    DJANGO_SETTINGS_MODULE=turnbackcrime.settings.dev .venv/bin/python scripts/make-icons.py
The PNGs are committed; serving needs none of this.
"""

import sys
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
django.setup()

from turnbackcrime.demo.svg import render_svg  # noqa: E402

STATIC = ROOT / "turnbackcrime" / "static"
# The same drawing as logo-mark.svg with its arc written as a curve (the renderer draws no arcs),
# on a full-bleed square for the touch icon (iOS rounds the corners itself).
SOURCE = STATIC / "img" / "logo-mark-icon.svg"

for size, name in ((180, "apple-touch-icon.png"), (192, "icon-192.png"), (512, "icon-512.png")):
    render_svg(SOURCE, size, size).save(STATIC / name, optimize=True)
render_svg(STATIC / "img" / "logo-mark-round.svg", 64, 64).save(
    STATIC / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64)]
)
print("icons written to", STATIC)
