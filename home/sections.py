"""The home page's sections: editors choose, order and hide them (one StreamField).

Each kind of section belongs to the app whose content it shows; this list is
where they meet. The list is shared by all four languages (editors arrange the
page once); each section's heading defaults to a translated interface string,
and editors may write their own heading per language.
"""

from wagtail import blocks

from campaigns.sections import TopicsSection
from events.sections import UpcomingEventsSection
from galleries.sections import GalleriesSection
from partners.sections import GettingInvolvedSection, PartnerNewsSection
from social.sections import SocialSection
from stories.sections import StoriesSection
from turnbackcrime.sections import FeaturedSection


class HomeSections(blocks.StreamBlock):
    # The names are stored in every home page's data: rename one only with a data migration.
    featured = FeaturedSection()
    topics = TopicsSection()
    partner_news = PartnerNewsSection()
    getting_involved = GettingInvolvedSection()
    social = SocialSection()
    stories = StoriesSection()
    galleries = GalleriesSection()
    events = UpcomingEventsSection()
