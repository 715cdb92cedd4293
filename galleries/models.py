"""Photo galleries: campaign events and operations in pictures.

A GalleryIndexPage lists the galleries as cards; each GalleryPage holds an
ordered set of GalleryPhotos. Renditions are made when a gallery is published
(TeaserMixin's publish hook calls `prerender_images`), never while serving it.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Collection, Orderable, Page
from wagtail.search import index

from turnbackcrime.pages import SEARCH_LANGUAGES, TeaserMixin, translated_search_fields


class GalleryListForm(forms.Form):
    """The listing's only GET parameter, validated before it is used."""

    page = forms.IntegerField(min_value=1, required=False)


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

    def galleries(self):
        """Live galleries under this page, newest first, with photo count and cover image id."""
        first_photo = GalleryPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
        own_alt = build_localized_fieldname("alt_text", get_language() or settings.LANGUAGE_CODE)
        default_alt = build_localized_fieldname("alt_text", settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        return (
            GalleryPage.objects.child_of(self)
            .live()
            .public()
            .annotate(
                photo_count=Count("photos", distinct=True),
                first_photo_image_id=Subquery(first_photo.values("image_id")[:1]),
                # The first photo's alt text in the visitor's language, else English.
                first_photo_alt=Coalesce(
                    NullIf(Subquery(first_photo.values(own_alt)[:1]), Value("")),
                    Subquery(first_photo.values(default_alt)[:1]),
                    Value(""),
                    output_field=models.CharField(),
                ),
            )
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = GalleryListForm(request.GET)
        number = 1
        if form.is_valid():
            number = form.cleaned_data["page"] or 1
        else:
            context["list_error"] = _("That page number is not valid: showing the first page.")
        paginator = Paginator(self.galleries(), self.PER_PAGE)
        if number > paginator.num_pages:
            context["list_error"] = _("There is no page %(number)s: showing the last page.") % {
                "number": number
            }
            number = paginator.num_pages
        page_obj = paginator.page(number)
        galleries = list(page_obj.object_list)
        attach_cover_images(galleries)
        context.update(page_obj=page_obj, galleries=galleries)
        return context


def attach_cover_images(galleries):
    """Set `cover_image` and `cover_alt` on each gallery: its hero image, else its first photo.

    One query for all the cards' images, renditions prefetched.
    """
    wanted = {g.hero_image_id or g.first_photo_image_id for g in galleries} - {None}
    Image = get_image_model()
    images = Image.objects.filter(pk__in=wanted).prefetch_related("renditions").in_bulk() if wanted else {}
    for gallery in galleries:
        gallery.cover_image = images.get(gallery.hero_image_id or gallery.first_photo_image_id)
        gallery.cover_alt = gallery.hero_alt if gallery.hero_image_id else gallery.first_photo_alt


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

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")

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
            self.photos.select_related("image").prefetch_related("image__renditions").order_by("sort_order")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = list(self.ordered_photos())
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
