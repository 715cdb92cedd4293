"""Helpers shared by the demo loader and the tests that arrange content by hand."""

import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from modeltranslation.utils import build_localized_fieldname
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from .svg import is_arabic, render_svg, text_font

LANGUAGES = ("en", "fr", "es", "ar")


def set_translated(obj, field_name, values):
    """Set `field_name` in each language from a {"en": ..., "fr": ...} dict."""
    for language, value in values.items():
        setattr(obj, build_localized_fieldname(field_name, language), value)
    # The untranslated attribute mirrors the default language (modeltranslation
    # reads and writes through it on save).
    setattr(obj, field_name, values["en"])


def ensure_tree_root():
    """The default locale, the tree's root page and root collection, recreated if a database was emptied.

    Migrations make these; a database flushed by tests (or by hand) has neither.
    """
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return root


def placeholder_image(title, *, width=1600, height=900, seed=None, art=None, words=None):
    """A generated placeholder photo (Wagtail image), made once per title.

    With `art` (an SVG path from the project's root), the illustration drawn as a
    PNG; otherwise gradients and shapes drawn with Pillow. No download,
    deterministic per title, so reruns find the same image instead of adding another.
    """
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    slug = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:12]
    if art:
        buffer = io.BytesIO()
        render_svg(Path(settings.BASE_DIR) / art, width, height, words).save(buffer, format="PNG")
        image = Image(title=title)
        image.file = ImageFile(buffer, name=f"demo-{slug}.png")
        image.save()
        return image
    digest = hashlib.sha256((seed or title).encode()).digest()
    start = (digest[0] // 2 + 40, digest[1] // 3 + 20, digest[2] // 3 + 30)
    end = (digest[3] // 4, digest[4] // 4 + 10, digest[5] // 3 + 40)
    canvas = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
    # Line by line is quick enough (about 10 ms for 1600x900; the JPEG encoding costs more).
    for y in range(height):
        t = y / height
        colour = tuple(int(start[i] * (1 - t) + end[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for i in range(6):
        r = 60 + digest[6 + i] * 2
        cx = digest[12 + i] * width // 255
        cy = digest[18 + i] * height // 255
        shade = tuple(min(255, c + 40) for c in start)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=shade, width=6)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{slug}.jpg")
    image.save()
    return image


def placeholder_document(title, *, file_format="pdf", text=""):
    """A generated campaign material (Wagtail document): a one-page PDF or a PNG, made once per title.

    Drawn with Pillow (which writes PDFs too): no download. The words are the
    title and `text` in the site's own Noto fonts (Arabic shaped and set right to left),
    enough to tell the files apart.
    """
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    digest = hashlib.sha256(title.encode()).digest()
    size = (1240, 1754) if file_format == "pdf" else (1200, 630)
    canvas = PILImage.new("RGB", size, (250, 250, 250))
    draw = ImageDraw.Draw(canvas)
    band = (digest[0] // 2, digest[1] // 3 + 40, digest[2] // 2 + 60)
    draw.rectangle([0, 0, size[0], size[1] // 4], fill=band)
    font, _ = text_font("#TurnBackCrime", 56, "600")
    draw.text((60, size[1] // 4 + 60), "#TurnBackCrime", fill=band, font=font)
    for line, top, colour in ((title, 150, (20, 20, 20)), (text, 210, (60, 60, 60))):
        if line:
            small, options = text_font(line, 32)
            start, anchor = (size[0] - 60, "ra") if is_arabic(line) else (60, "la")
            draw.text((start, size[1] // 4 + top), line, fill=colour, font=small, anchor=anchor, **options)
    buffer = io.BytesIO()
    if file_format == "pdf":
        canvas.save(buffer, format="PDF", resolution=150)
    else:
        canvas.save(buffer, format="PNG", optimize=True)
    slug = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:12]
    document = Document(title=title)
    document.file.save(f"demo-{slug}.{file_format}", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document
