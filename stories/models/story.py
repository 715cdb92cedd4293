"""A success story: one dated police operation, its reach and its results."""

from django.db import models
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from campaigns.models import TopicPage
from galleries.blocks import GalleryTeaserBlock
from turnbackcrime.blocks import ContentBlocks
from turnbackcrime.pages import TeaserMixin, TeaserPageQuerySet, translated_search_fields

RELATED_TOPICS_LIMIT = 3


def month_of(value):
    """The first day of `value`'s month: operations are dated to the month."""
    return value.replace(day=1) if value else value


class StoryPageQuerySet(TeaserPageQuerySet):
    def for_cards(self, renditions=True):
        """Stories ready for cards (index, feeds, home): theme, hero image and renditions,
        in a fixed number of queries however many stories, sliced or not."""
        return self.select_related("theme").with_hero_images(renditions=renditions)


class StoryPage(TeaserMixin, Page):
    """ "July 2014: dangerous fake goods seized across Eastern and Southern Africa"."""

    route_select_related = ("hero_image", "theme")

    operation_name = models.CharField(
        _("operation name"), max_length=120, blank=True, help_text=_('For example "Operation Wipeout".')
    )
    operation_date = models.DateField(
        _("date of the operation"),
        help_text=_("Pick any day of the month: only the month and year are shown."),
    )
    countries = CountryField(
        _("countries involved"), multiple=True, blank=True, help_text=_("The countries that took part.")
    )
    theme = models.ForeignKey(
        "campaigns.CrimeTheme",
        verbose_name=_("crime theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    # Key figures are plain numbers, so they are formatted in each language and
    # the three of them mean the same on every story.
    seizures = models.PositiveIntegerField(
        _("items seized"), null=True, blank=True, help_text=_("Leave empty when not published.")
    )
    arrests = models.PositiveIntegerField(
        _("arrests"), null=True, blank=True, help_text=_("Leave empty when not published.")
    )
    country_count = models.PositiveSmallIntegerField(
        _("number of countries"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to count the countries chosen above. Fill it when not every country is named."
        ),
    )
    body = StreamField(ContentBlocks([("gallery", GalleryTeaserBlock())]), blank=True, verbose_name=_("body"))

    content_panels = (
        Page.content_panels
        + TeaserMixin.teaser_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("operation_name"),
                    FieldPanel("operation_date"),
                    FieldPanel("theme"),
                    FieldPanel("countries"),
                ],
                heading=_("Operation"),
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("seizures"), FieldPanel("arrests"), FieldPanel("country_count")])],
                heading=_("Key figures"),
            ),
            FieldPanel("body"),
            MultiFieldPanel(
                [InlinePanel("related_topics", label=_("Awareness topic"), max_num=RELATED_TOPICS_LIMIT)],
                heading=_("Related awareness topics"),
            ),
        ]
    )
    search_fields = translated_search_fields("operation_name", "summary", "body") + [
        index.FilterField("theme"),
        index.FilterField("operation_date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(StoryPageQuerySet)()

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def save(self, *args, **kwargs):
        self.operation_date = month_of(self.operation_date)
        super().save(*args, **kwargs)

    @property
    def operation_month(self):
        """ "July 2014", "juillet 2014", "julio de 2014", "يوليو 2014": the active language's format."""
        return date_format(self.operation_date, "YEAR_MONTH_FORMAT") if self.operation_date else ""

    @property
    def countries_involved(self):
        return self.country_count or len(self.countries)

    def key_figures(self):
        """(number, label) for each figure the editor gave, in the active language."""
        figures = []
        if self.seizures is not None:
            figures.append((self.seizures, ngettext("item seized", "items seized", self.seizures)))
        if self.arrests is not None:
            figures.append((self.arrests, ngettext("arrest", "arrests", self.arrests)))
        if self.countries_involved:
            count = self.countries_involved
            figures.append((count, ngettext("country", "countries", count)))
        return figures

    @property
    def card_meta(self):
        """ "July 2014 · Illicit goods and counterfeiting · Kenya, Uganda": the line under a card's title."""
        names = self.country_names()
        if len(names) > 3 or (not names and self.countries_involved):
            count = self.countries_involved
            places = ngettext("%(count)d country", "%(count)d countries", count) % {"count": count}
        else:
            places = ", ".join(names)
        theme = self.theme.name if self.theme_id else ""
        return " · ".join(part for part in (self.operation_month, theme, places) if part)

    def country_names(self):
        """Country names in the active language, sorted as that language sorts them."""
        return sorted((country.name for country in self.countries), key=str.casefold)

    def visible_related_topics(self):
        chosen = [link.topic_id for link in self.related_topics.all()]
        if not chosen:
            return []
        topics = {t.pk: t for t in TopicPage.objects.live().public().filter(pk__in=chosen).for_cards()}
        return [topics[pk] for pk in chosen if pk in topics]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the cached fragment of the story misses (turnbackcrime.fragments).
        context["story_index"] = SimpleLazyObject(self.get_parent)
        context["related_topics"] = SimpleLazyObject(self.visible_related_topics)
        return context


class StoryTopic(Orderable):
    """An awareness topic a story relates to ("Trafficking in illicit goods and counterfeiting")."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_topics")
    topic = models.ForeignKey(
        "campaigns.TopicPage", verbose_name=_("awareness topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("topic")]
