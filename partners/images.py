"""Logo renditions: made when a partner is saved or a pledge approved, never while serving."""

from wagtail.images.models import Filter

# Logos keep their proportions (no crop) and their transparency (PNG fallback).
# templates/partners/includes/logo.html uses exactly this spec.
LOGO_SPEC = "format-{avif,webp,png} max-240x120"


def logo_specs():
    return Filter.expand_spec(LOGO_SPEC)


def prerender_logo(image):
    if image is not None:
        image.get_renditions(*logo_specs())
