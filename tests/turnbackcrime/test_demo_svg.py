"""The demo's SVG illustrations drawn as pictures (turnbackcrime/demo/svg.py)."""

from pathlib import Path

import pytest

from turnbackcrime.demo.svg import render_svg

ROOT = Path(__file__).resolve().parents[2]


def test_shapes_land_where_the_svg_puts_them_and_cover_the_requested_size(tmp_path):
    source = tmp_path / "art.svg"
    source.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        '<rect width="100" height="100" fill="#14213d"/>'
        '<circle cx="25" cy="25" r="10" fill="#b3121b"/>'
        '<g transform="translate(50,50)"><path d="M10 10h20v20h-20z" fill="#ffd23f"/></g>'
        '<rect x="0" y="90" width="100" height="10" fill="#ffffff" opacity="0.5"/>'
        "</svg>"
    )
    picture = render_svg(source, 200, 200)
    assert picture.size == (200, 200)
    assert picture.getpixel((50, 50)) == (0xB3, 0x12, 0x1B)  # the circle's centre
    assert picture.getpixel((130, 130)) == (0xFF, 0xD2, 0x3F)  # the translated path
    assert picture.getpixel((5, 5)) == (0x14, 0x21, 0x3D)  # the background
    half = picture.getpixel((100, 195))  # half-transparent white over night
    assert all(abs(a - (b + 255) / 2) <= 2 for a, b in zip(half, (0x14, 0x21, 0x3D), strict=True))
    # A wider picture than the drawing: scaled to cover, centred (like xMidYMid slice).
    wide = render_svg(source, 400, 200)
    assert wide.size == (400, 200)
    assert wide.getpixel((200, 10)) == (0x14, 0x21, 0x3D)


@pytest.mark.parametrize(
    "words", [{"line1": "Each of us", "line2": "can help"}, {"line1": "كل واحد منا", "line2": "يستطيع"}]
)
def test_share_picture_writes_its_words_in_either_direction(words):
    blank = render_svg(ROOT / "home/demo/art/share.svg", 800, 450, {"line1": "", "line2": ""})
    written = render_svg(ROOT / "home/demo/art/share.svg", 800, 450, words)
    # The words are drawn in white where the line sits (y 430 and 540 of 900, left side).
    band = (40, 170, 400, 280)
    assert blank.crop(band).getcolors(100000) != written.crop(band).getcolors(100000)
    assert (255, 255, 255) in {colour for _n, colour in written.crop(band).getcolors(100000)}


def test_every_demo_illustration_draws():
    arts = sorted((ROOT / "campaigns/demo/art").glob("*.svg"))
    assert len(arts) == 9  # four crime themes, five topics
    for art in arts:
        picture = render_svg(art, 160, 90)
        assert len(picture.getcolors(160 * 90)) > 5, art.name  # more than a flat fill


@pytest.mark.django_db
def test_a_demo_document_writes_arabic_in_arabic_letters_from_the_right():
    """The toolkit's Arabic material: shaped Arabic set from the right edge, not boxes from the left."""
    from PIL import Image, ImageDraw

    from turnbackcrime.demo.helpers import placeholder_document
    from turnbackcrime.demo.svg import text_font

    font, options = text_font("بت", 32)

    def drawn(letter):
        canvas = Image.new("L", (64, 64))
        ImageDraw.Draw(canvas).text((32, 40), letter, font=font, fill=255, anchor="ms", **options)
        return canvas.tobytes()

    # A font without Arabic draws every letter as the same missing-glyph box.
    assert drawn("ب") != drawn("ت")
    document = placeholder_document("Test material (ar)", file_format="png", text="مادة تجريبية")
    with document.file.open("rb") as handle, Image.open(handle) as picture:
        row = picture.convert("L").crop((0, 630 // 4 + 205, 1200, 630 // 4 + 250))
    left, _, right, _ = row.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert right > 1200 - 80 and left > 600  # ends at the right margin, starts past the middle
