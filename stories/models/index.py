"""The list of success stories, filterable by theme, country and year, with its feeds."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from campaigns.models import CrimeTheme
from turnbackcrime.filters import ListingFilters
from turnbackcrime.fragments import cached_value

from ..forms import StoryFilterForm

STORIES_PER_PAGE = 9


def in_country(code):
    """Stories whose (comma-separated) country list holds `code`."""
    return (
        Q(countries=code)
        | Q(countries__startswith=f"{code},")
        | Q(countries__endswith=f",{code}")
        | Q(countries__contains=f",{code},")
    )


class StoryIndexPage(RoutablePageMixin, Page):
    """Success stories, newest operation first. The feeds are routes of this page,
    so they follow its translated slug (/en/success-stories/feed/rss/, /fr/…/feed/rss/)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("success story index")

    def stories(self):
        from .story import StoryPage

        return (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-operation_date", "-first_published_at")
        )

    def filter_choices(self, stories):
        """What the drop-downs offer: the themes, countries and years that have live stories."""
        country_codes, years = set(), set()
        # One query for both lists (they were two).
        for countries, operation_date in stories.order_by().values_list("countries", "operation_date"):
            country_codes.update(code for code in (countries or "").split(",") if code)
            if operation_date:
                years.add(operation_date.year)
        years = sorted(years, reverse=True)
        themes = CrimeTheme.objects.filter(stories__in=stories).distinct()
        return {"themes": list(themes), "country_codes": country_codes, "years": years}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        # The same for every visitor until content changes: kept per content version.
        choices = cached_value(
            request, "story-filter-choices", [self.pk], lambda: self.filter_choices(stories)
        )
        listing = ListingFilters(request, StoryFilterForm, **choices)
        filters = listing.values
        if "theme" in filters:
            stories = stories.filter(theme=listing.form.themes[filters["theme"]])
        if "country" in filters:
            stories = stories.filter(in_country(filters["country"]))
        if "year" in filters:
            stories = stories.filter(operation_date__year=filters["year"])
        page_obj = listing.paginate(stories.for_cards(), STORIES_PER_PAGE)
        context.update(listing.context())
        context.update(filtered=bool(filters), stories=page_obj.object_list, feed_links=self.feed_links())
        return context

    def get_cached_paths(self):
        """The list and its feeds: purged from the page cache with the list (turnbackcrime.frontend_cache)."""
        return ["/", "feed/rss/", "feed/atom/"]

    def feed_links(self):
        base = self.url
        if base is None:
            return []
        return [
            ("application/rss+xml", "RSS", base + self.reverse_subpage("rss_feed")),
            ("application/atom+xml", "Atom", base + self.reverse_subpage("atom_feed")),
        ]

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from ..feeds import StoryRssFeed

        return StoryRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from ..feeds import StoryAtomFeed

        return StoryAtomFeed(self)(request)
