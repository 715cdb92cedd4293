"""'Support from around the world': news items about partners' support."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from galleries.blocks import GalleryTeaserBlock
from turnbackcrime.blocks import ContentBlocks
from turnbackcrime.pages import TeaserMixin, translated_search_fields

from ..images import prerender_logo
from .partner import Partner, PartnerKind

NEWS_PER_PAGE = 12


class PartnerNewsFilterForm(forms.Form):
    """The index's GET filters: only known values reach the queryset."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind of partner"), required=False)

    def __init__(self, *args, country_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = sorted(((code, countries.name(code)) for code in country_codes), key=lambda item: item[1])
        self.fields["country"].choices = [("", _("All countries")), *names]
        self.fields["kind"].choices = [("", _("All kinds")), *PartnerKind.choices]


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
        return (
            PartnerNewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("partner", "partner__logo", "hero_image")
            .prefetch_related("partner__logo__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        country_codes = (
            Partner.objects.filter(news_items__in=PartnerNewsPage.objects.child_of(self).live().public())
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        form = PartnerNewsFilterForm(request.GET or None, country_codes=list(country_codes))
        if form.is_bound:
            if form.is_valid():
                if form.cleaned_data["country"]:
                    items = items.filter(partner__country=form.cleaned_data["country"])
                if form.cleaned_data["kind"]:
                    items = items.filter(partner__kind=form.cleaned_data["kind"])
            else:
                messages.warning(request, _("That filter is not available, so all news is shown."))
                context["filter_error"] = True
        paginator = Paginator(items, NEWS_PER_PAGE)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["filter_form"] = form
        return context


def _has_content(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return len(value) > 0


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
        summary = self.original("summary")
        return summary or self.teaser_text

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
