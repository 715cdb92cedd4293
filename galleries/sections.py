"""The photo galleries' home page section: the latest galleries."""

from django.db.models import Subquery
from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection

from .models import GalleryIndexPage, GalleryPage


class GalleriesSection(LatestSection):
    default_heading = _("Photo galleries")

    class Meta:
        icon = "image"
        label = _("Latest photo galleries")
        template = "galleries/sections/galleries.html"

    def latest(self, count):
        # The galleries of the (first) live gallery index: the index is a subquery, not a query.
        index = GalleryIndexPage.objects.live().public().order_by("path")
        galleries = GalleryPage.objects.filter(
            path__startswith=Subquery(index.values("path")[:1]), depth=Subquery(index.values("depth")[:1]) + 1
        )
        return list(galleries.live().public().for_cards(renditions=False).newest_first()[:count])

    def images(self, extra):
        return [gallery.cover_image for gallery in extra["items"]]
