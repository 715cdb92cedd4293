"""The social feed's home page section: the latest approved posts."""

from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection

from .rendering import latest_feed_items


class SocialSection(LatestSection):
    default_heading = _("Social networks")
    # Each post shows its age ("5 minutes ago"): a cached rendering is kept a minute at most.
    cache_timeout = 60

    class Meta:
        icon = "comment"
        label = _("Latest social network posts")
        template = "social/sections/social.html"

    def latest(self, count):
        return latest_feed_items(count, renditions=False)

    def images(self, extra):
        return [item["post"].image for item in extra["items"]]
