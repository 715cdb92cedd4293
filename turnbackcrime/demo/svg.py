"""Draw the demo's SVG illustrations as PNG with Pillow (no Cairo, nothing to install).

The illustrations under `<app>/demo/art/*.svg` are drawn for this renderer: flat
shapes in the campaign palette. It understands the part of SVG they use:
`rect` (with `rx`), `circle`, `ellipse`, `line`, `polyline`, `polygon`, `path`
(M L H V C Q Z, absolute and relative; no arcs), `g` with `translate`/`scale`,
`fill`, `stroke`, `stroke-width`, `stroke-linecap="round"`, `opacity`, and `text`
(`font-size`, `font-weight` 400/600 (Arabic in 400), `text-anchor`, `{name}` placeholders filled
from `words`, shaped right to left for Arabic with the site's own Noto fonts).
The drawing is scaled to cover the requested size (like `preserveAspectRatio="xMidYMid slice"`)
and drawn at twice the size, then reduced, for smooth edges.
"""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont, features

NS = "{http://www.w3.org/2000/svg}"
SUPERSAMPLE = 2
FONTS = Path(settings.BASE_DIR) / "turnbackcrime" / "static" / "fonts"
INHERITED = ("fill", "stroke", "stroke-width", "stroke-linecap", "font-size", "font-weight", "text-anchor")


def is_arabic(text):
    return bool(re.search(r"[\u0600-\u06ff]", text))


def text_font(content, size, weight="400"):
    """The site's own Noto font for `content` at `size` px, and the options `draw.text` needs.

    Arabic words are shaped right to left with Pillow's Raqm layout (with the system's
    FriBiDi); without it they come out unjoined, never as an error. The site ships Arabic
    in one weight (docs/design.md): Arabic is drawn in 400.
    """
    arabic = is_arabic(content)
    name = "noto-sans-arabic-arabic-400-normal.woff2" if arabic else f"noto-sans-latin-{weight}-normal.woff2"
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    font = ImageFont.truetype(str(FONTS / name), round(size), layout_engine=engine)
    options = {"direction": "rtl", "language": "ar"} if arabic and engine == ImageFont.Layout.RAQM else {}
    return font, options


def _colour(value, opacity=1.0):
    if not value or value == "none":
        return None
    value = value.strip()
    if value.startswith("#") and len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    if value in ("white", "#fff"):
        value = "#ffffff"
    if value == "black":
        value = "#000000"
    r, g, b = int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)
    return (r, g, b, round(255 * opacity))


def _numbers(text):
    return [float(n) for n in re.findall(r"-?\d*\.?\d+(?:e-?\d+)?", text or "")]


def _transform(text, matrix):
    """Compose translate()/scale() (the only transforms the art uses) onto (scale_x, scale_y, dx, dy)."""
    sx, sy, dx, dy = matrix
    for name, args in re.findall(r"(translate|scale)\(([^)]*)\)", text or ""):
        values = _numbers(args)
        if name == "translate":
            tx, ty = values[0], values[1] if len(values) > 1 else 0.0
            dx, dy = dx + sx * tx, dy + sy * ty
        else:
            kx, ky = values[0], values[1] if len(values) > 1 else values[0]
            sx, sy = sx * kx, sy * ky
    return (sx, sy, dx, dy)


def _path_points(d):
    """Subpaths of a path's data as lists of points (curves flattened), and whether each is closed."""
    tokens = re.findall(r"[MmLlHhVvCcQqZz]|-?\d*\.?\d+(?:e-?\d+)?", d)
    subpaths, current, closed = [], [], False
    x = y = 0.0
    command = None
    i = 0

    def take(n):
        nonlocal i
        values = [float(t) for t in tokens[i : i + n]]
        i += n
        return values

    while i < len(tokens):
        if re.match(r"[A-Za-z]", tokens[i]):
            command = tokens[i]
            i += 1
            if command in "Zz":
                if current:
                    subpaths.append((current, True))
                    x, y = current[0]
                current, closed = [], False
                continue
        relative = command.islower()
        ox, oy = (x, y) if relative else (0.0, 0.0)
        c = command.upper()
        if c == "M":
            if current:
                subpaths.append((current, closed))
            px, py = take(2)
            x, y = ox + px, oy + py
            current = [(x, y)]
            command = "l" if relative else "L"
        elif c == "L":
            px, py = take(2)
            x, y = ox + px, oy + py
            current.append((x, y))
        elif c == "H":
            (px,) = take(1)
            x = (x if relative else 0.0) + px
            current.append((x, y))
        elif c == "V":
            (py,) = take(1)
            y = (y if relative else 0.0) + py
            current.append((x, y))
        elif c in "CQ":
            values = take(6 if c == "C" else 4)
            pts = [(ox + values[k], oy + values[k + 1]) for k in range(0, len(values), 2)]
            start = (x, y)
            for step in range(1, 17):
                t = step / 16
                if c == "C":
                    (x1, y1), (x2, y2), (x3, y3) = pts
                    px = (
                        (1 - t) ** 3 * start[0]
                        + 3 * (1 - t) ** 2 * t * x1
                        + 3 * (1 - t) * t**2 * x2
                        + t**3 * x3
                    )
                    py = (
                        (1 - t) ** 3 * start[1]
                        + 3 * (1 - t) ** 2 * t * y1
                        + 3 * (1 - t) * t**2 * y2
                        + t**3 * y3
                    )
                else:
                    (x1, y1), (x2, y2) = pts
                    px = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * x1 + t**2 * x2
                    py = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * y1 + t**2 * y2
                current.append((px, py))
            x, y = pts[-1]
        else:  # pragma: no cover - the art uses none other
            raise ValueError(f"path command {command!r} is not supported")
    if current:
        subpaths.append((current, closed))
    return subpaths


class _Renderer:
    def __init__(self, canvas, matrix, words):
        self.canvas = canvas
        self.words = words

    def shape(self, points_list, style, matrix, closed_default=True):
        sx, sy, dx, dy = matrix
        opacity = float(style.get("opacity", 1))
        fill = _colour(style.get("fill", "#000"), opacity)
        stroke = _colour(style.get("stroke"), opacity)
        width = float(style.get("stroke-width", 1)) * abs(sx)
        layer = Image.new("RGBA", self.canvas.size, (0, 0, 0, 0)) if opacity < 1 else None
        draw = ImageDraw.Draw(layer or self.canvas)
        for points, closed in points_list:
            mapped = [(sx * px + dx, sy * py + dy) for px, py in points]
            if fill and len(mapped) > 2 and (closed or closed_default):
                draw.polygon(mapped, fill=fill)
            if stroke and width > 0 and len(mapped) > 1:
                line = mapped + [mapped[0]] if closed else mapped
                draw.line(line, fill=stroke, width=max(1, round(width)), joint="curve")
                if style.get("stroke-linecap") == "round" and not closed:
                    r = width / 2
                    for cx, cy in (mapped[0], mapped[-1]):
                        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=stroke)
        if layer is not None:
            self.canvas.alpha_composite(layer)

    def ellipse(self, cx, cy, rx, ry, style, matrix):
        steps = 96
        points = [
            (cx + rx * math.cos(2 * math.pi * k / steps), cy + ry * math.sin(2 * math.pi * k / steps))
            for k in range(steps)
        ]
        self.shape([(points, True)], style, matrix)

    def rect(self, x, y, w, h, rx, style, matrix):
        if not rx:
            self.shape([([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], True)], style, matrix)
            return
        rx = min(rx, w / 2, h / 2)
        points = []
        for cx, cy, start in (
            (x + w - rx, y + rx, -90),
            (x + w - rx, y + h - rx, 0),
            (x + rx, y + h - rx, 90),
            (x + rx, y + rx, 180),
        ):
            for k in range(9):
                a = math.radians(start + 90 * k / 8)
                points.append((cx + rx * math.cos(a), cy + rx * math.sin(a)))
        self.shape([(points, True)], style, matrix)

    def text(self, element, style, matrix):
        sx, sy, dx, dy = matrix
        content = (element.text or "").format(**self.words).strip()
        if not content:
            return
        weight = "600" if style.get("font-weight", "400") in ("600", "700", "bold") else "400"
        font, options = text_font(content, float(style.get("font-size", 16)) * abs(sy), weight)
        x = sx * float(element.get("x", 0)) + dx
        y = sy * float(element.get("y", 0)) + dy
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}[style.get("text-anchor", "start")]
        draw = ImageDraw.Draw(self.canvas)
        draw.text(
            (x, y), content, font=font, fill=_colour(style.get("fill", "#000")), anchor=anchor, **options
        )

    def element(self, element, style, matrix):
        tag = element.tag.replace(NS, "")
        style = {**style, **{k: v for k, v in element.attrib.items() if k in INHERITED or k == "opacity"}}
        if "opacity" not in element.attrib:
            style.pop("opacity", None)
        matrix = _transform(element.get("transform"), matrix)
        number = lambda name: float(element.get(name, 0))  # noqa: E731
        if tag == "g":
            for child in element:
                self.element(child, style, matrix)
        elif tag == "rect":
            self.rect(
                number("x"), number("y"), number("width"), number("height"), number("rx"), style, matrix
            )
        elif tag == "circle":
            self.ellipse(number("cx"), number("cy"), number("r"), number("r"), style, matrix)
        elif tag == "ellipse":
            self.ellipse(number("cx"), number("cy"), number("rx"), number("ry"), style, matrix)
        elif tag in ("polygon", "polyline"):
            values = _numbers(element.get("points"))
            points = list(zip(values[::2], values[1::2], strict=True))
            self.shape([(points, tag == "polygon")], style, matrix, closed_default=tag == "polygon")
        elif tag == "line":
            points = [(number("x1"), number("y1")), (number("x2"), number("y2"))]
            self.shape([(points, False)], {**style, "fill": "none"}, matrix, closed_default=False)
        elif tag == "path":
            self.shape(_path_points(element.get("d", "")), style, matrix)
        elif tag == "text":
            self.text(element, style, matrix)


def render_svg(source, width, height, words=None):
    """The SVG at `source` (a path) drawn as an RGB Pillow image of width x height, covering it."""
    root = ET.parse(source).getroot()  # noqa: S314 - our own files from the repository
    vx, vy, vw, vh = _numbers(root.get("viewBox"))
    scale = max(width / vw, height / vh) * SUPERSAMPLE
    big = (width * SUPERSAMPLE, height * SUPERSAMPLE)
    dx = (big[0] - vw * scale) / 2 - vx * scale
    dy = (big[1] - vh * scale) / 2 - vy * scale
    canvas = Image.new("RGBA", big, (255, 255, 255, 255))
    renderer = _Renderer(canvas, (scale, scale, dx, dy), words or {})
    for child in root:
        renderer.element(child, {"fill": "#000"}, (scale, scale, dx, dy))
    return canvas.reduce(SUPERSAMPLE).convert("RGB")
