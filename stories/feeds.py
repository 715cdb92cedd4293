"""RSS 2.0 and Atom feeds of success stories, one per language (routes of StoryIndexPage)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class StoryRssFeed(Feed):
    """Stories newest operation first, with titles and teasers in the active language."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(title)s · Turn Back Crime") % {"title": self.index_page.title}

    def absolute(self, page):
        # Built from the request, like the page's hreflang links, so the feed
        # points at the host the reader subscribed from.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def link(self):
        return self.absolute(self.index_page)

    def description(self):
        return self.index_page.intro or _("Police operations that turned back organised crime.")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return self.index_page.stories().for_cards()[:FEED_LENGTH]

    def item_title(self, story):
        month = story.operation_month
        # "July 2014: …", "juillet 2014 : …" (French puts a space before the colon).
        return _("%(month)s: %(title)s") % {"month": month, "title": story.title} if month else story.title

    def item_description(self, story):
        return story.teaser_text

    def item_link(self, story):
        return self.absolute(story)

    def item_guid(self, story):
        # One story is one item whatever its slug becomes, in each language's feed.
        return f"{self.absolute(self.index_page)}#story-{story.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, story):
        return story.first_published_at

    def item_updateddate(self, story):
        return story.last_published_at

    def item_categories(self, story):
        return [story.theme.name] if story.theme else []


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
