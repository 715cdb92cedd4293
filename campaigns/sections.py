"""The awareness topics' home page section: topics the editor picks and orders."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from turnbackcrime.sections import SectionBlock

from .models import TopicPage


class TopicsSection(SectionBlock):
    default_heading = _("Awareness topics")
    topics = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="campaigns.TopicPage", label=_("Topic")), label=_("Topics")
    )

    class Meta:
        icon = "list-ul"
        label = _("Chosen topics")
        template = "campaigns/sections/topics.html"

    def fetch(self, values):
        ids = [page.pk for value in values for page in value["topics"] if page]
        cards = TopicPage.objects.live().public().filter(pk__in=ids).for_cards(renditions=False).in_bulk()
        return [{"items": [cards[p.pk] for p in value["topics"] if p and p.pk in cards]} for value in values]
