"""Helpers shared by the apps' demo builders."""

import hashlib
import io

from django.core.files.images import ImageFile
from modeltranslation.utils import build_localized_fieldname
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

LANGUAGES = ("en", "fr", "es", "ar")


def set_translated(obj, field_name, values):
    """Set `field_name` in each language from a {"en": ..., "fr": ...} dict."""
    for language, value in values.items():
        setattr(obj, build_localized_fieldname(field_name, language), value)
    # The untranslated attribute mirrors the default language (modeltranslation
    # reads and writes through it on save).
    setattr(obj, field_name, values["en"])


def translated_kwargs(field_name, values):
    return {build_localized_fieldname(field_name, lang): value for lang, value in values.items()}


def placeholder_image(title, *, width=1600, height=900, seed=None):
    """A generated placeholder photo (Wagtail image), made once per title.

    Gradients and shapes drawn with Pillow: no download, deterministic per
    title, so reruns find the same image instead of adding another.
    """
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    digest = hashlib.sha256((seed or title).encode()).digest()
    start = (digest[0] // 2 + 40, digest[1] // 3 + 20, digest[2] // 3 + 30)
    end = (digest[3] // 4, digest[4] // 4 + 10, digest[5] // 3 + 40)
    canvas = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
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
    slug = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:12]
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{slug}.jpg")
    image.save()
    return image
