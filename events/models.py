"""Campaign events: launches, stands, workshops, each in its own time zone.

Start and end are stored in UTC with the event's IANA time zone
(`Europe/Paris`), so an event is shown as its organisers announced it ("10:00,
Paris time") whatever the server's or the visitor's zone, and sorted and
filtered on one time line. Past events keep their page.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from turnbackcrime.blocks import ContentBlocks
from turnbackcrime.filters import ListingFilters
from turnbackcrime.fragments import cached_value
from turnbackcrime.pages import TeaserMixin, TeaserPageQuerySet, translated_search_fields

from .forms import EventFilterForm, EventPageForm

PAST_PER_PAGE = 12
UPCOMING_LIMIT = 50


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class EventPageQuerySet(TeaserPageQuerySet):
    def for_cards(self, renditions=True):
        """Events ready for cards (index, country pages, home): hero image and renditions,
        in a fixed number of queries however many events, sliced or not."""
        return self.with_hero_images(renditions=renditions)

    def upcoming(self, now=None):
        """Not over yet (an event under way is still upcoming), soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventIndexPage(RoutablePageMixin, Page):
    """Events: upcoming first (soonest first), past below (newest first); filters by country and year.
    The iCalendar feed of upcoming events is a route of this page, so it follows its translated slug."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = translated_search_fields("intro")

    # One events section per site, directly under the home page; it holds events only.
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    def filter_choices(self, events):
        return {
            "country_codes": set(events.order_by().values_list("country", flat=True).distinct()),
            "years": [d.year for d in events.dates("start", "year", order="DESC")],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.events()
        # The same for every visitor until content changes: kept per content version.
        choices = cached_value(
            request, "event-filter-choices", [self.pk], lambda: self.filter_choices(events)
        )
        listing = ListingFilters(request, EventFilterForm, **choices)
        if "country" in listing.values:
            events = events.filter(country=listing.values["country"])
        if "year" in listing.values:
            events = events.filter(start__year=listing.values["year"])
        now = timezone.now()
        page_obj = listing.paginate(events.past(now).for_cards(), PAST_PER_PAGE)
        context.update(listing.context())
        context.update(
            upcoming=list(events.upcoming(now).for_cards()[:UPCOMING_LIMIT]),
            past=page_obj.object_list,
            filtered=bool(listing.values),
            feed_url=self.feed_url(),
        )
        return context

    def feed_url(self):
        base = self.url
        return base + self.reverse_subpage("calendar_feed") if base else None

    # Wagtail's page URLs are folders (no dot, a trailing slash); the file name is in the response.
    @path("calendar/", name="calendar_feed")
    def calendar_feed(self, request):
        from .calendar import calendar_response, events_calendar

        events = self.events().upcoming()[:UPCOMING_LIMIT]
        return calendar_response(events_calendar(events, request, name=self.title), "events.ics")


class EventPage(TeaserMixin, RoutablePageMixin, Page):
    """One event: when (in its own zone), where (city, country, venue, online link) and what."""

    start = models.DateTimeField(
        _("start"), help_text=_("As the clock reads where the event happens (the time zone below).")
    )
    end = models.DateTimeField(
        _("end"), help_text=_("As the clock reads where the event happens (the time zone below).")
    )
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Show the dates only (times are kept for sorting).")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default="UTC",
        help_text=_('The event\'s own time zone, e.g. "Europe/Paris": times are shown in it.'),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For an event streamed or held online.")
    )
    is_example = models.BooleanField(
        _("fictional example"), default=False, help_text=_("Demo content: marked as an example on the page.")
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    base_form_class = EventPageForm

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldPanel("time_zone"),
                    FieldPanel("all_day"),
                ],
                heading=_("When"),
            ),
            MultiFieldPanel(
                [FieldPanel("city"), FieldPanel("country"), FieldPanel("venue"), FieldPanel("online_url")],
                heading=_("Where"),
            ),
        ]
        + TeaserMixin.teaser_panels
        + [FieldPanel("body"), FieldPanel("is_example")]
    )
    search_fields = translated_search_fields("summary", "city", "venue", "body") + [
        index.FilterField("start"),
        index.FilterField("country"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end cannot be before the start.")})

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone) if self.time_zone else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    @property
    def local_start(self):
        return self.start.astimezone(self.zone or timezone.utc) if self.start else None

    @property
    def local_end(self):
        return self.end.astimezone(self.zone or timezone.utc) if self.end else None

    @property
    def start_iso(self):
        """For <time datetime>: the local time with its offset (templates' |date would convert to UTC)."""
        start = self.local_start
        if start is None:
            return ""
        return start.date().isoformat() if self.all_day else start.isoformat()

    @property
    def zone_label(self):
        """ "Europe/Paris (UTC+02:00)": the zone named, with its offset on the event's day."""
        if not self.start:
            return ""
        offset = self.local_start.strftime("%z")
        return f"{self.time_zone.replace('_', ' ')} (UTC{offset[:3]}:{offset[3:]})"

    @property
    def when(self):
        """The date(s) and times in the event's zone, in the active language's formats."""
        start, end = self.local_start, self.local_end
        if start is None:
            return ""
        day = date_format(start, "DATE_FORMAT")
        if self.all_day:
            if end is None or end.date() == start.date():
                return day
            return f"{day} – {date_format(end, 'DATE_FORMAT')}"
        text = f"{day}, {time_format(start)}"
        if end is not None:
            if end.date() == start.date():
                return f"{text}–{time_format(end)}"
            return f"{text} – {date_format(end, 'DATE_FORMAT')}, {time_format(end)}"
        return text

    @property
    def is_past(self):
        return self.end is not None and self.end < timezone.now()

    @property
    def relative(self):
        """ "in 3 weeks, 1 day", "happening now" or "10 years, 5 months ago", in the active language."""
        now = timezone.now()
        if self.start > now:
            return _("in %(time)s") % {"time": timeuntil(self.start, now)}
        if self.end >= now:
            return _("happening now")
        return _("%(time)s ago") % {"time": timesince(self.end, now)}

    @property
    def place(self):
        """ "Paris, France": city and country in the active language."""
        parts = (self.city, self.country.name if self.country else "")
        return pgettext("list separator", ", ").join(part for part in parts if part)

    @property
    def card_meta(self):
        return " · ".join(part for part in (self.when, self.place) if part)

    def ics_url(self):
        base = self.url
        return base + self.reverse_subpage("ics") if base else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event_index"] = self.get_parent()
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        from .calendar import calendar_response, events_calendar

        return calendar_response(events_calendar([self], request, name=self.title), f"{self.slug}.ics")
