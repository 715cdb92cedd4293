"""Template helpers for the gallery lightbox."""

from django import template

register = template.Library()


@register.filter
def width_srcset(renditions):
    """A srcset ("url 480w, url 960w") from renditions, one candidate per width.

    Wagtail never enlarges an image, so on a small original two specs can give
    the same width; a srcset with a repeated width is invalid.
    """
    seen = set()
    candidates = []
    for rendition in sorted(renditions or [], key=lambda r: r.width):
        if rendition.width in seen:
            continue
        seen.add(rendition.width)
        candidates.append(f"{rendition.url} {rendition.width}w")
    return ", ".join(candidates)
