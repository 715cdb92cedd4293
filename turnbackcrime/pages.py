"""What several page types share: the hero image and summary used by teasers."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images.models import Filter
from wagtail.models import Page
from wagtail.query import PageQuerySet
from wagtail.search import index

from .blocks import images_in
from .images import SOCIAL_IMAGE_SPEC, existing_rendition, filter_specs, prerender, renditions_prefetch

SUMMARY_MAX = 300
SEARCH_LANGUAGES = ("en", "fr", "es", "ar")


def translated_search_fields(*names):
    """Search fields for every language column of translated fields (summary_en, summary_fr…).

    Site search finds a page by its text in any of the four languages; page
    titles in every language are always included.
    """
    fields = [
        index.SearchField(build_localized_fieldname("title", lang), boost=2) for lang in SEARCH_LANGUAGES
    ]
    fields += [
        index.SearchField(build_localized_fieldname(name, lang))
        for name in names
        for lang in SEARCH_LANGUAGES
    ]
    return Page.search_fields + fields


def excerpt(text, length=200):
    """Plain text cut at a word boundary, ending in an ellipsis when cut."""
    plain = " ".join(strip_tags(text or "").split())
    return Truncator(plain).chars(length, truncate="…")


def path_from_page(model):
    """The names from Page to `model`'s row (its parent links, reversed), for `select_related`."""
    names = []
    while model is not Page:
        parent, link = next((p, f) for p, f in model._meta.parents.items() if issubclass(p, Page))
        names.append(link.related_query_name())
        model = parent
    return names[::-1]


def joined_specific(page):
    """The specific page of `page` when its row was joined to the query that read `page`
    (`select_related` of its `path_from_page`): no query. `page` itself for a plain Page."""
    model = page.specific_class
    if model is None or model is Page:
        return page
    found = page
    for name in path_from_page(model._meta.concrete_model):
        found = getattr(found, name)
    return found


class TeaserPageQuerySet(PageQuerySet):
    """What the page types with a teaser share in their queries; each app adds its `for_cards()`."""

    def with_hero_images(self, kind="card", renditions=True):
        """The hero image (joined to the pages' query) and its renditions in `kind`'s sizes only
        (cards by default): one more query whatever the number of pages (or a slice). Without
        `renditions`, the caller reads them, with those of other lists (`prefetch_renditions_of`)."""
        if not renditions:
            return self.select_related("hero_image")
        # Where Wagtail's own `prefetch_renditions` puts them (read by `get_renditions`).
        renditions = renditions_prefetch("hero_image__renditions", kind, to_attr="prefetched_renditions")
        return self.select_related("hero_image").prefetch_related(renditions)


class TeaserMixin(models.Model):
    """A hero image (with editor-written alt text) and a summary.

    The summary is the teaser in feeds and search results; when it is empty,
    `teaser_text` falls back to an excerpt of the body. Cards in listings show
    `card_text`, the summary alone: rendering each body for a page of cards is
    work a listing should not do, and the summary's help text tells editors
    that it is what cards show.
    """

    # Read with the page when a URL routes to it (turnbackcrime.routing): its view shows them.
    route_select_related = ("hero_image",)

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set the focal point on the image so crops keep what matters."),
    )
    hero_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if it is decorative."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=SUMMARY_MAX,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )

    teaser_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("hero_image"), FieldPanel("hero_alt")],
            heading=_("Teaser"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def card_text(self):
        return self.summary

    @property
    def teaser_text(self):
        if self.summary:
            return self.summary
        body = getattr(self, "body", None)
        if body is None:
            return ""
        text = " ".join(str(block.render()) for block in body if block.block_type in {"paragraph", "heading"})
        return excerpt(text)

    def rendition_images(self):
        """(image, kinds) pairs this page shows: pre-rendered when it is published."""
        pairs = []
        if self.hero_image_id:
            pairs.append((self.hero_image, ("hero", "card")))
        pairs += [(image, ("photo",)) for image in images_in(getattr(self, "body", None))]
        return pairs

    def social_image(self):
        """The share image rendition if it was made on publish; never made while serving.

        Read with the hero's own sizes in one query: the page shows the hero next (as a hero or
        a card), from the same image object, so that costs no second query.
        """
        if not self.hero_image_id:
            return None
        image = self.hero_image
        if image._get_prefetched_renditions() is None:
            # Wagtail's rendition cache first, then one query for the rest.
            wanted = [*filter_specs("hero"), *filter_specs("card"), SOCIAL_IMAGE_SPEC]
            image.prefetched_renditions = list(image.find_existing_renditions(*map(Filter, wanted)).values())
        return existing_rendition(image, SOCIAL_IMAGE_SPEC)

    def prerender_images(self):
        for image, kinds in self.rendition_images():
            prerender(image, *kinds)
