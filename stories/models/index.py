"""The list of success stories, filterable by theme, country and year, with its feeds."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page

from ..forms import StoryFilterForm

STORIES_PER_PAGE = 9

# Shown when a filter value is unknown (an old link, a typo): the filter is dropped.
FILTER_MESSAGES = {
    "theme": _("We have no stories for the crime theme “%(value)s”, so every theme is shown."),
    "country": _("We have no stories for the country “%(value)s”, so every country is shown."),
    "year": _("We have no stories for the year “%(value)s”, so every year is shown."),
}


def with_card_data(queryset):
    """Stories ready for cards: theme and hero renditions in a fixed number of queries."""
    return queryset.select_related("theme").prefetch_related(
        Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions())
    )


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
        from campaigns.models import CrimeTheme

        country_codes = set()
        for value in stories.values_list("countries", flat=True):
            country_codes.update(code for code in (value or "").split(",") if code)
        years = [d.year for d in stories.dates("operation_date", "year", order="DESC")]
        themes = CrimeTheme.objects.filter(stories__in=stories).distinct()
        return {"themes": list(themes), "country_codes": country_codes, "years": years}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        choices = self.filter_choices(stories)
        form = StoryFilterForm(request.GET, **choices)
        filters, rejected = form.usable_filters()
        if "theme" in filters:
            stories = stories.filter(theme=filters["theme"])
        if "country" in filters:
            stories = stories.filter(in_country(filters["country"]))
        if "year" in filters:
            stories = stories.filter(operation_date__year=filters["year"])
        rejected_values = {name: str(request.GET.get(name, ""))[:40] for name in rejected}
        if rejected:
            # Show the form as it applies: the bad values cleared, the good ones
            # kept. The pagination links ({% querystring %}) read request.GET, so
            # they carry the cleared filters too.
            request.GET = form.cleared(rejected)
            form = StoryFilterForm(request.GET, **choices)
        # get_page turns a non-numeric page into the first and a too-large one into the last.
        page_obj = Paginator(with_card_data(stories), STORIES_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            filter_form=form,
            rejected_filters=[
                FILTER_MESSAGES[name] % {"value": value} for name, value in rejected_values.items()
            ],
            filtered=bool(filters),
            page_obj=page_obj,
            stories=page_obj.object_list,
            feed_links=self.feed_links(),
        )
        return context

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
