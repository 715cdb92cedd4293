"""Awareness topics: what the risks are and what the public can do."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from galleries.blocks import GalleryTeaserBlock
from turnbackcrime.blocks import ContentBlocks, table_of_contents
from turnbackcrime.filters import ListingFilters
from turnbackcrime.pages import TeaserMixin, TeaserPageQuerySet, translated_search_fields

from ..forms import ThemeFilterForm
from .theme import CrimeTheme

RELATED_LIMIT = 3


class TopicPageQuerySet(TeaserPageQuerySet):
    def for_cards(self, renditions=True):
        """Topics ready for cards (index, related topics, home): theme, hero image and renditions,
        in a fixed number of queries however many topics, sliced or not."""
        return self.select_related("theme").with_hero_images(renditions=renditions)


class TopicIndexPage(Page):
    """The list of awareness topics, filterable by crime theme."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = translated_search_fields("intro")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.TopicPage"]
    max_count = 1

    class Meta:
        verbose_name = _("topic index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = TopicPage.objects.child_of(self).live().public().order_by("path")
        themes = list(CrimeTheme.objects.filter(topics__in=topics).distinct())
        listing = ListingFilters(request, ThemeFilterForm, themes=themes)
        theme = listing.form.chosen_theme(listing.values)
        if theme is not None:
            topics = topics.filter(theme=theme)
        context.update(listing.context())
        context.update(topics=topics.for_cards(), themes=themes, current_theme=theme)
        return context


class TopicPage(TeaserMixin, Page):
    """One awareness topic ("Stay safe on the Internet"): the risks and what to do."""

    route_select_related = ("hero_image", "theme")

    theme = models.ForeignKey(
        CrimeTheme,
        verbose_name=_("crime theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="topics",
    )
    body = StreamField(ContentBlocks([("gallery", GalleryTeaserBlock())]), blank=True, verbose_name=_("body"))

    content_panels = (
        Page.content_panels
        + TeaserMixin.teaser_panels
        + [
            FieldPanel("theme"),
            FieldPanel("body"),
            MultiFieldPanel(
                [InlinePanel("related_links", label=_("Related topic"), max_num=RELATED_LIMIT)],
                heading=_("Related topics"),
                help_text=_("Leave empty to show other topics of the same theme automatically."),
            ),
        ]
    )
    search_fields = translated_search_fields("summary", "body") + [index.FilterField("theme")]

    parent_page_types = ["campaigns.TopicIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(TopicPageQuerySet)()

    class Meta:
        verbose_name = _("awareness topic")

    def related_topics(self):
        """Editors' choice when they made one; otherwise other topics of the same theme."""
        chosen_ids = [link.topic_id for link in self.related_links.all()]
        live = TopicPage.objects.live().public().exclude(pk=self.pk)
        if chosen_ids:
            topics = {t.pk: t for t in live.filter(pk__in=chosen_ids).for_cards()}
            return [topics[pk] for pk in chosen_ids if pk in topics]
        if self.theme_id is None:
            return []
        return list(live.filter(theme_id=self.theme_id).for_cards().order_by("path")[:RELATED_LIMIT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the cached fragment of the topic misses (turnbackcrime.fragments).
        context["table_of_contents"] = SimpleLazyObject(lambda: table_of_contents(self.body))
        context["related_topics"] = SimpleLazyObject(self.related_topics)
        context["topic_index"] = SimpleLazyObject(self.get_parent)
        return context


class RelatedTopic(Orderable):
    """An editor's pick for "related topics" at the foot of a topic."""

    page = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="related_links")
    topic = models.ForeignKey(TopicPage, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]
