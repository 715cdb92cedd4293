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

    # The stored page ids: `fetch` reads the topics with what their cards show.
    raw_children = ("topics",)

    def fetch(self, values):
        chosen = [[_page_id(item) for item in value["topics"] or ()] for value in values]
        ids = {pk for pks in chosen for pk in pks if pk}
        cards = TopicPage.objects.live().public().filter(pk__in=ids).for_cards(renditions=False).in_bulk()
        return [{"items": [cards[pk] for pk in pks if pk in cards]} for pks in chosen]


def _page_id(item):
    """A list item as stored: {"type": "item", "value": id, "id": …}, or the bare id of older data."""
    return item.get("value") if isinstance(item, dict) else item
