"""An event index under the home page, and events placed on it without revisions (quick)."""

import datetime
import zoneinfo

import factory
import pytest
import wagtail_factories

from events.models import EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    title_en = "Events"
    title_fr = "Événements"
    title_es = "Eventos"
    title_ar = "الفعاليات"
    slug_en = "events"
    slug_fr = "evenements"
    slug_es = "eventos"
    slug_ar = "events-ar"

    class Meta:
        model = "events.EventIndexPage"


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"event-{n}")
    time_zone = "Europe/Paris"
    start = factory.LazyFunction(lambda: datetime.datetime(2030, 6, 5, 8, 0, tzinfo=datetime.UTC))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    country = "FR"
    city_en = "Paris"

    class Meta:
        model = EventPage


def local(year, month, day, hour, minute, zone):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)
