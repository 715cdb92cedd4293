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

    page_choosers = ("topics",)

    def fetch(self, values):
        # The topics came with the pages chosen in every section (turnbackcrime.sections).
        return [
            {"items": [page for page in value["topics"] if isinstance(page, TopicPage)]} for value in values
        ]
