"""The events' home page section: the next upcoming events."""

from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection

from .models import EventPage


class UpcomingEventsSection(LatestSection):
    default_heading = _("Upcoming events")

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "events/sections/events.html"

    def latest(self, count):
        return list(EventPage.objects.live().public().upcoming().for_cards(renditions=False)[:count])
