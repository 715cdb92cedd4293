"""Responsive image renditions, made when a page is published, never while serving it.

With `RENDITIONS_ON_REQUEST` off (the default), a picture whose renditions are
not made yet is left out of the page until `manage.py prerender_images` (or a
publish) has made them: no visitor's request waits on image processing. The
test settings turn it on, so tests that never prerender still see pictures.

`{% responsive_picture %}` (templates/components/picture.html) renders exactly
these specs; tests assert that serving a published page creates no rendition.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from wagtail.images.models import Filter

PICTURE_SPECS = {
    # 16:9 crops around the editor's focal point: page heroes.
    "hero": "format-{avif,webp,jpeg} fill-{480x270,960x540,1600x900}-c100",
    # Listing cards.
    "card": "format-{avif,webp,jpeg} fill-{400x225,800x450}-c100",
    # Photos in a page body, original ratio (also a gallery's full-size view).
    "photo": "format-{avif,webp,jpeg} width-{480,960,1600}",
    # 4:3 gallery thumbnails around the focal point (two to four per row).
    "thumb": "format-{avif,webp,jpeg} fill-{240x180,400x300,600x450}-c100",
}


_deferred = ContextVar("renditions_deferred", default=False)


def use_avif_speed(speed):
    """Encode AVIF renditions at libavif `speed` (0 slowest and smallest … 10 fastest).

    Wagtail asks Willow for AVIF with a quality only, and Pillow then encodes at speed 6.
    `AVIF_ENCODER_SPEED` (settings) registers Pillow's AVIF writer again with this speed
    as its default; a caller's own `speed=` still wins. The test settings use 8: the demo
    snapshot's 200 AVIF renditions then take about a quarter of the CPU time.
    """
    from PIL import AvifImagePlugin, Image

    def save(im, fp, filename, save_all=False):
        im.encoderinfo.setdefault("speed", speed)
        AvifImagePlugin._save(im, fp, filename, save_all=save_all)

    def save_all(im, fp, filename):
        save(im, fp, filename, save_all=True)

    Image.register_save(AvifImagePlugin.AvifImageFile.format, save)
    Image.register_save_all(AvifImagePlugin.AvifImageFile.format, save_all)


def renditions_on_save():
    """Whether publishing a page (or saving a partner or post) makes its renditions now.

    On unless `RENDITIONS_ON_SAVE` is off (the test settings: most tests never look
    at an image) or inside `defer_renditions()` (the demo loader, which leaves them
    to `manage.py prerender_images`).
    """
    return getattr(settings, "RENDITIONS_ON_SAVE", True) and not _deferred.get()


@contextmanager
def defer_renditions():
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def filter_specs(kind):
    return Filter.expand_spec(PICTURE_SPECS[kind])


def renditions_prefetch(lookup, *kinds, specs=(), to_attr=None):
    """Prefetch of the renditions at `lookup` ("hero_image__renditions"), only in `kinds`' sizes.

    An image has a rendition per size and format of every kind it is shown as
    (a gallery photo: 27); a card needs 6 of them. Wagtail reads prefetched
    renditions as the complete set, so `kinds` must name every kind the
    template shows these images as.
    """
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    wanted = [spec for kind in kinds for spec in filter_specs(kind)] + list(specs)
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(lookup, queryset=rendition_model.objects.filter(filter_spec__in=wanted), to_attr=to_attr)


def prerender(image, *kinds):
    """Create (or find) every rendition of `image` that templates use for `kinds`."""
    if image is None:
        return
    specs = [spec for kind in kinds for spec in filter_specs(kind)]
    image.get_renditions(*specs)


# The picture shown when a page is shared: the largest JPEG hero crop, made on publish.
SOCIAL_IMAGE_SPEC = "format-jpeg|fill-1600x900-c100"


def existing_rendition(image, spec):
    """A rendition that already exists, or None: for use while serving, where none is made."""
    if image is None:
        return None
    try:
        return image.find_existing_rendition(Filter(spec))
    except image.get_rendition_model().DoesNotExist:
        return None


def renditions_on_request():
    return getattr(settings, "RENDITIONS_ON_REQUEST", False)


def renditions_for_request(image, specs):
    """`image`'s renditions for `specs` (keyed by spec) while serving, or None if one is missing.

    Missing renditions are made only when `RENDITIONS_ON_REQUEST` is on.
    """
    if renditions_on_request():
        return image.get_renditions(*specs)
    found = image.find_existing_renditions(*(Filter(spec) for spec in specs))
    if len(found) < len(specs):
        return None
    return {filter.spec: rendition for filter, rendition in found.items()}


def prefetch_renditions_of(images, *kinds, specs=()):
    """One query for the renditions of all `images` (several lists of cards, logos…) in `kinds`'
    sizes and `specs`, where a prefetch per queryset would cost one query each.

    As with `renditions_prefetch`, Wagtail then reads each image's renditions from what was
    fetched, as the complete set: name every kind these images are shown as.
    """
    from collections import defaultdict

    from wagtail.images import get_image_model

    pending = defaultdict(list)
    for image in images:
        if image is not None and image._get_prefetched_renditions() is None:
            pending[image.pk].append(image)
    if not pending:
        return
    wanted = [spec for kind in kinds for spec in filter_specs(kind)] + list(specs)
    found = defaultdict(list)
    rendition_model = get_image_model().get_rendition_model()
    for rendition in rendition_model.objects.filter(image_id__in=pending, filter_spec__in=wanted):
        # Its image, as a prefetch sets it (`{% picture %}` reads it): no query per rendition.
        rendition.image = pending[rendition.image_id][0]
        found[rendition.image_id].append(rendition)
    for pk, same in pending.items():
        for image in same:
            image.prefetched_renditions = list(found[pk])
