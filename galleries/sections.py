"""The photo galleries' home page section: the latest galleries."""

from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection

from .models import GalleryIndexPage


class GalleriesSection(LatestSection):
    default_heading = _("Photo galleries")

    class Meta:
        icon = "image"
        label = _("Latest photo galleries")
        template = "galleries/sections/galleries.html"

    def latest(self, count):
        index = GalleryIndexPage.objects.live().public().first()
        if index is None:
            return []
        return list(index.galleries(renditions=False)[:count])

    def images(self, extra):
        return [gallery.cover_image for gallery in extra["items"]]
