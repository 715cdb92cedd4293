"""The success stories' home page section: the latest operations."""

from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection

from .models import StoryPage


class StoriesSection(LatestSection):
    default_heading = _("Success stories")

    class Meta:
        icon = "doc-full"
        label = _("Latest success stories")
        template = "stories/sections/stories.html"

    def latest(self, count):
        stories = StoryPage.objects.live().public().for_cards(renditions=False)
        return list(stories.order_by("-operation_date", "-first_published_at")[:count])
