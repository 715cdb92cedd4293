"""'Support from around the world': news items about partners' support."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from galleries.blocks import GalleryTeaserBlock
from turnbackcrime.blocks import ContentBlocks
from turnbackcrime.filters import ListingFilters
from turnbackcrime.images import renditions_prefetch
from turnbackcrime.pages import TeaserMixin, translated_search_fields

from ..forms import PartnerNewsFilterForm
from ..images import logo_specs, prerender_logo
from .partner import Partner

NEWS_PER_PAGE = 12


class PartnerNewsIndexPage(Page):
    """The one listing of partner news, filterable by country and kind of partner."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = translated_search_fields("intro")

    # One listing per site, directly under the home page; it holds only news items.
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerNewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("partner news index")

    def news_items(self):
        return PartnerNewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        # What was left out of a bad request is said on this page, in its
        # context: never through django.contrib.messages, whose queue would show
        # it later on whatever page reads it next (the admin, for staff).
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        country_codes = (
            Partner.objects.filter(news_items__in=items)
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        listing = ListingFilters(request, PartnerNewsFilterForm, country_codes=list(country_codes))
        if "country" in listing.values:
            items = items.filter(partner__country=listing.values["country"])
        if "kind" in listing.values:
            items = items.filter(partner__kind=listing.values["kind"])
        listing.paginate(items.for_cards(), NEWS_PER_PAGE)
        context.update(listing.context())
        return context


def _has_content(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return len(value) > 0


class PartnerNewsPageQuerySet(PageQuerySet):
    def for_cards(self, renditions=True):
        """News ready for cards (index, home): the partner and its logo's renditions, in a fixed
        number of queries however many items, sliced or not. The cards show no hero image."""
        cards = self.select_related("partner", "partner__logo")
        if not renditions:  # the caller reads them (`prefetch_renditions_of`)
            return cards
        return cards.prefetch_related(renditions_prefetch("partner__logo__renditions", specs=logo_specs()))


class PartnerNewsPage(TeaserMixin, Page):
    """A news item about a partner's support, in every language or in the one it was written in."""

    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    written_in = models.CharField(
        _("written in"),
        max_length=5,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_(
            "Leave empty for an item translated into every language. Choose a language when the item "
            "exists only in that language: write it in that language's fields and it is shown as "
            "written on every language version of the site."
        ),
    )
    body = StreamField(ContentBlocks([("gallery", GalleryTeaserBlock())]), blank=True, verbose_name=_("body"))

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [FieldPanel("partner"), FieldPanel("date"), FieldPanel("written_in")], heading=_("About")
            )
        ]
        + TeaserMixin.teaser_panels
        + [FieldPanel("body")]
    )
    search_fields = translated_search_fields("summary", "body")

    parent_page_types = ["partners.PartnerNewsIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(PartnerNewsPageQuerySet)()

    class Meta:
        verbose_name = _("partner news item")
        verbose_name_plural = _("partner news items")

    # A single-language item reads its text from that language's columns (or the
    # default columns when those are empty), whatever language the visitor uses.
    def original(self, field_name):
        if self.written_in:
            own = getattr(self, build_localized_fieldname(field_name, self.written_in), None)
            if _has_content(own):
                return own
            return getattr(self, build_localized_fieldname(field_name, settings.LANGUAGE_CODE), None)
        return getattr(self, field_name)

    @property
    def shown_title(self):
        return self.original("title")

    @property
    def shown_summary(self):
        """The summary as written, else a body excerpt: the item's own page."""
        summary = self.original("summary")
        return summary or self.teaser_text

    @property
    def shown_card_text(self):
        """What a card shows: the summary as written, never a rendered body (see TeaserMixin)."""
        return self.original("summary")

    @property
    def shown_body(self):
        return self.original("body")

    @property
    def shown_hero_alt(self):
        return self.original("hero_alt")

    @property
    def content_lang(self):
        """The language to mark the item's text with, when it is not the visitor's."""
        if self.written_in and self.written_in != get_language():
            return self.written_in
        return ""

    @property
    def content_dir(self):
        return "rtl" if self.content_lang == "ar" else "ltr"

    def prerender_images(self):
        super().prerender_images()
        if self.partner_id and self.partner.logo_id:
            prerender_logo(self.partner.logo)
