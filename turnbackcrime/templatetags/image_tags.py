"""`{% responsive_picture %}`: AVIF and WebP sources with a JPEG fallback, from PICTURE_SPECS.

Wagtail's `{% picture %}` would list the same width twice when an upload is
smaller than the largest rendition (renditions never upscale), which browsers
and validators reject. This tag reads the very specs that publishing
pre-renders (turnbackcrime.images), keeps one candidate per width, and sets
width and height so the layout does not shift while the image loads.
"""

from django import template
from django.utils.html import format_html, format_html_join
from wagtail.images.models import Filter

from turnbackcrime.images import filter_specs, renditions_for_request

register = template.Library()

FORMAT_TYPES = [("avif", "image/avif"), ("webp", "image/webp")]


def _candidates(renditions, fmt):
    by_width = {}
    for spec, rendition in renditions.items():
        if f"format-{fmt}" in spec:
            by_width.setdefault(rendition.width, rendition)
    return [by_width[w] for w in sorted(by_width)]


def _srcset(candidates):
    return ", ".join(f"{r.url} {r.width}w" for r in candidates)


@register.simple_tag
def responsive_picture(image, kind="photo", alt="", sizes="100vw", eager=False, css_class=""):
    if image is None:
        return ""
    renditions = renditions_for_request(image, filter_specs(kind))
    if renditions is None:
        # Not pre-rendered yet: left out rather than made during this request.
        return ""
    fallback = _candidates(renditions, "jpeg")
    if not fallback:
        return ""
    largest = fallback[-1]
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        (
            (mime, _srcset(_candidates(renditions, fmt)), sizes)
            for fmt, mime in FORMAT_TYPES
            if _candidates(renditions, fmt)
        ),
    )
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}" '
        'decoding="async"{}></picture>',
        sources,
        fallback[0].url,
        _srcset(fallback),
        sizes,
        largest.width,
        largest.height,
        alt or "",
        "eager" if eager else "lazy",
        format_html(' class="{}"', css_class) if css_class else "",
    )


@register.filter
def renditions_ready(image, spec):
    """Whether `{% picture image SPEC %}` can render without making a rendition now.

    Guard Wagtail's `{% picture %}` with it:
    `{% if image|renditions_ready:"format-{webp,png} max-240x120" %}`.
    """
    if image is None:
        return False
    return renditions_for_request(image, Filter.expand_spec(spec)) is not None
