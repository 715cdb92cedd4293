"""What a pledge logo must be: checked on upload and again before approval makes it a partner's image.

The browser's file name and type are the visitor's word: the content is decoded in full
by Pillow (a truncated file fails here, not when a moderator approves it), its format
must be one the help text names and agree with the extension, animation is refused,
and the pixel count is capped before decoding (a 62 KB PNG of 4000 × 4000 cost a worker
369 MB). The file is stored under a generated name.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

# Pillow format -> the extensions a file of it may have.
LOGO_FORMATS = {"PNG": {"png"}, "JPEG": {"jpg", "jpeg"}, "WEBP": {"webp"}, "GIF": {"gif"}}
NOT_AN_IMAGE = _("The logo must be an image file: PNG, JPEG, WebP or GIF.")


def extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in (name or "") else ""


def check_logo(file, name):
    """Raise ValidationError (with a message for the visitor) unless `file` is a logo we take.

    Returns the extension to store it under."""
    if file.size > settings.PLEDGE_LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is too large (%(size)s): please send an image of at most %(max)s."),
            params={"size": filesizeformat(file.size), "max": filesizeformat(settings.PLEDGE_LOGO_MAX_BYTES)},
        )
    ext = extension(name)
    try:
        file.seek(0)
        with Image.open(file) as image:
            fmt = image.format
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
            if fmt not in LOGO_FORMATS or ext not in LOGO_FORMATS[fmt]:
                raise ValidationError(NOT_AN_IMAGE, code="format")
            max_pixels = settings.PLEDGE_LOGO_MAX_PIXELS
            if width * height > max_pixels:
                raise ValidationError(
                    _(
                        "The logo is %(width)d × %(height)d pixels: "
                        "please send a smaller one (at most %(pixels)s pixels)."
                    ),
                    params={
                        "width": width,
                        "height": height,
                        "pixels": f"{settings.PLEDGE_LOGO_MAX_PIXELS:,}",
                    },
                    code="pixels",
                )
            if frames > 1:
                raise ValidationError(_("Please send a still image: animated logos are not accepted."))
            image.load()  # every pixel decoded: a truncated or corrupt file fails here
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("The logo could not be read (the file may be damaged): please send it again."), code="corrupt"
        ) from None
    finally:
        file.seek(0)
    return ext


def generated_name(ext):
    return f"{uuid.uuid4().hex}.{ext}"
