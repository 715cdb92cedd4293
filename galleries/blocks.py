"""The gallery block: other apps' page bodies embed a gallery's first photos with it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class GalleryTeaserValue(blocks.StructValue):
    TEASER_PHOTOS = 4

    def live_gallery(self):
        gallery = self.get("gallery")
        return gallery if gallery is not None and gallery.live else None

    def photos(self):
        gallery = self.live_gallery()
        if gallery is None:
            return []
        return list(gallery.ordered_photos()[: self.TEASER_PHOTOS])


class GalleryTeaserBlock(blocks.StructBlock):
    """A few photos of a gallery and a link to it, for any page body."""

    gallery = blocks.PageChooserBlock(label=_("Gallery"), page_type="galleries.GalleryPage")
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the gallery's title."),
    )

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "galleries/blocks/gallery_teaser.html"
        value_class = GalleryTeaserValue
        description = _("The first photos of a gallery, with a link to see them all.")
