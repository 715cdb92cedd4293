"""'Around the world': a page per country whose police run the campaign nationally.

Editors write only the national text (launch date and story); everything else
on a country page is gathered from existing content by country: approved public
pledges and partners, partner news, success stories (which list countries),
events and reporting contacts. The pages (events, stories, news) are one query
(`turnbackcrime.page_lists`), the pledges with their count one, partners one,
contacts one and all their pictures one, so the page makes the same number of
queries however much content there is.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Window
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.models import Filter
from wagtail.models import Page

from events.models import EventPage
from partners.models import Partner, PartnerNewsPage, Pledge
from stories.models import StoryPage
from stories.models.index import in_country
from turnbackcrime.blocks import ContentBlocks
from turnbackcrime.images import prefetch_renditions_of
from turnbackcrime.page_lists import first_of_each
from turnbackcrime.pages import TeaserMixin, translated_search_fields

from .reporting import ReportingContact
from .toolkit import ToolkitPage

LIST_LIMIT = 6
# The partner logos' sizes, as the template's `renditions_ready` and partners' logo.html show them.
LOGO_SPECS = Filter.expand_spec("format-{avif,webp,png} max-240x120")
# INTERPOL takes no reports from the public; its general guidance is to go to the police.
GUIDANCE_URL = "https://www.interpol.int/"
PARTNER_LIMIT = 24


class CountryIndexPage(RoutablePageMixin, Page):
    """Every country page, listed by country name in the visitor's language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = translated_search_fields("intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["national.CountryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("country index ('Around the world')")

    def country_pages(self):
        pages = list(CountryPage.objects.child_of(self).live().public())
        return sorted(pages, key=lambda page: page.country.name.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_pages"] = self.country_pages()
        context["toolkit"] = ToolkitPage.objects.live().public().first()
        return context

    @path("where-to-report/", name="where_to_report")
    def where_to_report(self, request):
        """The reporting block's content for one country (?country=FR): what the chooser's script loads."""
        from ..views import where_to_report_fragment

        return where_to_report_fragment(request, self)


class CountryPage(TeaserMixin, Page):
    """One country's national campaign: its text, and what the site already holds for the country."""

    country = CountryField(_("country"), unique=True)
    launch_date = models.DateField(_("national launch date"), null=True, blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("the national campaign's story"))

    content_panels = (
        Page.content_panels
        + [MultiFieldPanel([FieldPanel("country"), FieldPanel("launch_date")], heading=_("Country"))]
        + TeaserMixin.teaser_panels
        + [FieldPanel("body")]
    )
    search_fields = translated_search_fields("summary", "body")

    parent_page_types = ["national.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country page")
        verbose_name_plural = _("country pages")

    @property
    def launch_text(self):
        return date_format(self.launch_date, "DATE_FORMAT") if self.launch_date else ""

    @property
    def country_name(self):
        return self.country.name

    def gathered(self):
        """Everything shown for this country, in five queries: the lists of pages, the pledges
        (with their total), the partners, the contacts, and the cards' and logos' renditions
        of all lists (`prefetch_renditions_of`)."""
        code = self.country.code
        now = timezone.now()
        # The lists' own rendition prefetches are dropped: one query below reads them all.
        events = EventPage.objects.live().public().filter(country=code).for_cards(renditions=False)
        # Four lists of pages, each as its app builds it for cards, in one query.
        pages = first_of_each(
            {
                "upcoming_events": events.upcoming(now),
                "past_events": events.past(now),
                "stories": StoryPage.objects.live()
                .public()
                .filter(in_country(code))
                .for_cards(renditions=False)
                .order_by("-operation_date", "-first_published_at"),
                "news": PartnerNewsPage.objects.live()
                .public()
                .filter(partner__country=code)
                .for_cards(renditions=False)
                .order_by("-date", "-pk"),
            },
            LIST_LIMIT,
        )
        # The count rides on the first pledges (a window over all of them, before the limit).
        pledges = list(
            Pledge.objects.public()
            .filter(country=code)
            .annotate(total=Window(Count("pk")))
            .order_by("-submitted_at", "-pk")[:LIST_LIMIT]
        )
        found = {
            **pages,
            "pledges": pledges,
            "pledge_total": pledges[0].total if pledges else 0,
            "partners": list(
                Partner.objects.filter(country=code, is_public=True)
                .select_related("logo")
                .order_by("name")[:PARTNER_LIMIT]
            ),
            "contacts": list(ReportingContact.objects.filter(country=code)),
            "guidance_url": getattr(settings, "REPORTING_GUIDANCE_URL", GUIDANCE_URL),
        }
        cards = [*found["upcoming_events"], *found["past_events"], *found["stories"]]
        logos = [partner.logo for partner in found["partners"]] + [
            item.partner.logo for item in found["news"]
        ]
        prefetch_renditions_of([page.hero_image for page in cards] + logos, "card", specs=LOGO_SPECS)
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the cached fragment of the page misses (turnbackcrime.fragments).
        context["gathered"] = SimpleLazyObject(self.gathered)
        context["country_index"] = SimpleLazyObject(self.get_parent)
        return context
