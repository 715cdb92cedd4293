"""Photo galleries: campaign events and operations in pictures.

A GalleryIndexPage lists the galleries as cards; each GalleryPage holds an
ordered set of GalleryPhotos. Renditions are made when a gallery is published
(turnbackcrime.signals calls the page's `prerender_images` on Wagtail's
`page_published` signal, unless RENDITIONS_ON_SAVE is off), never while serving it.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Count, FilteredRelation, OuterRef, Prefetch, Q, Subquery
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Collection, Orderable, Page, PageManager
from wagtail.search import index

from turnbackcrime.filters import ListingFilters
from turnbackcrime.images import filter_specs, renditions_for_request, renditions_prefetch
from turnbackcrime.pages import SEARCH_LANGUAGES, TeaserMixin, TeaserPageQuerySet, translated_search_fields


class GalleryIndexPage(Page):
    """All galleries as cards, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    PER_PAGE = 12

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = translated_search_fields("intro")

    # One gallery section per site, directly under the home page; it holds galleries only.
    parent_page_types = ["home.HomePage"]
    subpage_types = ["galleries.GalleryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("gallery index page")

    def galleries(self, renditions=True):
        """Live galleries under this page, newest first, ready for cards."""
        return (
            GalleryPage.objects.child_of(self).live().public().for_cards(renditions=renditions).newest_first()
        )

    def get_context(self, request, *args, **kwargs):
        # The only GET parameter is the page number, which the listing helper checks.
        context = super().get_context(request, *args, **kwargs)
        listing = ListingFilters(request)
        page_obj = listing.paginate(self.galleries(), self.PER_PAGE)
        context.update(listing.context())
        context["galleries"] = page_obj.object_list
        return context


class GalleryPageQuerySet(TeaserPageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-first_published_at", "-pk")

    def for_cards(self, renditions=True):
        """Galleries ready for cards (index, home): photo count, and the cover (the hero image,
        else the first photo) with its renditions, in a fixed number of queries however many
        galleries, sliced or not."""
        cards = self.annotate(photo_count=Count("photos", distinct=True)).with_hero_images(
            renditions=renditions
        )
        if not renditions:
            # The caller reads the renditions (`prefetch_renditions_of`): the first photo and its
            # image are joined to the galleries' query (Django refuses a prefetch next to a
            # FilteredRelation, so not when the renditions are prefetched here).
            first_of_its_gallery = (
                GalleryPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk").values("pk")[:1]
            )
            first = FilteredRelation("photos", condition=Q(photos__pk=Subquery(first_of_its_gallery)))
            return cards.annotate(joined_first_photo=first).select_related("joined_first_photo__image")
        # Each gallery's first photo only. Not a sliced Prefetch: modelcluster's
        # ParentalKey cannot filter one, so a subquery picks the photo.
        first_of_its_gallery = (
            GalleryPhoto.objects.filter(page=OuterRef("page")).order_by("sort_order", "pk").values("pk")[:1]
        )
        first_photo = GalleryPhoto.objects.filter(pk=Subquery(first_of_its_gallery)).select_related("image")
        first_photo = first_photo.prefetch_related(renditions_prefetch("image__renditions", "card"))
        return cards.prefetch_related(Prefetch("photos", queryset=first_photo, to_attr="first_photos"))


class GalleryPageForm(WagtailAdminPageForm):
    """Adds the one-step "fill from a collection" action to the gallery editor."""

    fill_from_collection = forms.ModelChoiceField(
        queryset=Collection.objects.all(),
        required=False,
        label=_("Add photos from a collection"),
        help_text=_(
            "Upload the photos into a collection first (Images › Add an image, several at once), then "
            "pick it here: on save, its images that are not yet in this gallery are added at the end. "
            "Then write each photo's alt text, caption and credit."
        ),
    )

    def save(self, commit=True):
        page = super().save(commit=False)
        collection = self.cleaned_data.get("fill_from_collection")
        if collection is not None:
            page.add_photos_from_collection(collection)
        if commit:
            page.save()
            self.save_m2m()
        return page


class GalleryPage(TeaserMixin, Page):
    """One event or operation in pictures: date, place, summary and ordered photos."""

    date = models.DateField(_("date"), help_text=_("When the event took place. Shown as month and year."))
    place = models.CharField(_("place"), max_length=160, blank=True)

    base_form_class = GalleryPageForm

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place")], heading=_("When and where")),
        *TeaserMixin.teaser_panels,
        MultiFieldPanel(
            [FieldPanel("fill_from_collection"), InlinePanel("photos", label=_("Photo"))],
            heading=_("Photos"),
        ),
    ]
    # Site search finds a gallery by its text, and its photos' captions, in any language.
    search_fields = translated_search_fields("summary", "place") + [
        index.FilterField("date"),
        index.RelatedFields(
            "photos",
            [index.SearchField(build_localized_fieldname("caption", lang)) for lang in SEARCH_LANGUAGES],
        ),
    ]

    parent_page_types = ["galleries.GalleryIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(GalleryPageQuerySet)()

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")

    @property
    def cover_photo(self):
        """The first photo, from for_cards()' join or prefetch (else one query)."""
        if "joined_first_photo" in self.__dict__:
            return self.joined_first_photo
        if getattr(self, "photo_count", None) == 0:  # the join sets nothing for a gallery without photos
            return None
        photos = getattr(self, "first_photos", None)
        if photos is None:
            photos = list(self.photos.order_by("sort_order", "pk")[:1])
        return photos[0] if photos else None

    @property
    def cover_image(self):
        """A card's image: the hero image, else the first photo's."""
        if self.hero_image_id:
            return self.hero_image
        return self.cover_photo.image if self.cover_photo else None

    @property
    def cover_alt(self):
        """The cover's alt text in the visitor's language (modeltranslation falls back to English)."""
        if self.hero_image_id:
            return self.hero_alt
        return self.cover_photo.alt_text if self.cover_photo else ""

    def text_language(self):
        """ "en" when the title shows the English fallback in the visitor's language, else ""."""
        language = get_language()
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        if language == default or getattr(self, build_localized_fieldname("title", language), ""):
            return ""
        return default

    def ordered_photos(self):
        """The photos in the editor's order, with images and their renditions prefetched."""
        return (
            self.photos.select_related("image")
            .prefetch_related(renditions_prefetch("image__renditions", "thumb", "photo"))
            .order_by("sort_order")
        )

    def shown_photos(self):
        """The photos whose thumbnail and full-size renditions exist: all of them once the
        gallery is published or prerendered. Left out here rather than in the template, so
        "photo 3 of 12" counts only photos on the page (RENDITIONS_ON_REQUEST)."""
        specs = filter_specs("thumb") + filter_specs("photo")
        return [photo for photo in self.ordered_photos() if renditions_for_request(photo.image, specs)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = self.shown_photos()
        return context

    def add_photos_from_collection(self, collection):
        """Append the collection's images not yet in this gallery, in title order.

        Works on the page's in-memory photos, so it fits the admin's save (draft
        or publish) as well as code. The alt text starts from the image's own
        description when it has one (written by an editor, never the title).
        """
        current = list(self.photos.all())
        present = {photo.image_id for photo in current}
        next_order = max((photo.sort_order or 0 for photo in current), default=-1) + 1
        images = (
            get_image_model()
            .objects.filter(collection=collection)
            .exclude(pk__in=present)
            .order_by("title", "pk")
        )
        added = []
        for offset, image in enumerate(images):
            added.append(
                GalleryPhoto(image=image, alt_text=image.description or "", sort_order=next_order + offset)
            )
        if added:
            self.photos.add(*added)
        return added

    def rendition_images(self):
        pairs = super().rendition_images()
        # From the database: at publish time the photos have just been committed.
        photos = (
            GalleryPhoto.objects.filter(page_id=self.pk).select_related("image").order_by("sort_order", "pk")
            if self.pk
            else []
        )
        for position, photo in enumerate(photos):
            # The first photo is the listing card's cover when there is no hero image.
            kinds = ("thumb", "photo", "card") if position == 0 else ("thumb", "photo")
            pairs.append((photo.image, kinds))
        return pairs


class GalleryPhoto(Orderable):
    """One photo of a gallery, with the words a visitor reads about it."""

    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the photo shows for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=120, blank=True, help_text=_("Who took the photo."))

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.image.title
