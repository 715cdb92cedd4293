"""Events: times in the event's own zone, the .ics files parsed back, the index and its filters."""

import datetime

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_modeltranslation.contextlib import use_language

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from tests.events.conftest import EventIndexPageFactory, EventPageFactory, local
from tests.factories import build_home_page
from tests.helpers import notice_text


def url_in(page, lang):
    with use_language(lang):
        return page.get_url()


class EventTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)
        self.home = build_home_page()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(Page, EventPage)
        EventIndexPageFactory(parent=self.home)
        self.assertFalse(EventIndexPage.can_create_at(self.home))

    def test_staff_create_an_event_typed_in_its_own_time_zone(self):
        index = EventIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            EventPage,
            nested_form_data(
                {
                    "title_en": "Launch in Paris",
                    "title_fr": "Lancement à Paris",
                    "slug_en": "launch-in-paris",
                    "start": "2014-06-05 10:00",
                    "end": "2014-06-05 12:30",
                    "time_zone": "Europe/Paris",
                    "city_en": "Paris",
                    "country": "FR",
                    "summary_en": "The launch.",
                    **{f"body_{lang}": streamfield([]) for lang in ("en", "fr", "es", "ar")},
                }
            ),
        )
        event = EventPage.objects.get(slug_en="launch-in-paris")
        # 10:00 in Paris (summer time, UTC+2) is 08:00 UTC in the database.
        assert event.start == datetime.datetime(2014, 6, 5, 8, 0, tzinfo=datetime.UTC)
        assert event.end == datetime.datetime(2014, 6, 5, 10, 30, tzinfo=datetime.UTC)
        # The edit form shows the times as typed, in the event's zone.
        html = self.client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
        field = BeautifulSoup(html, "html.parser").select_one('input[name="start"]')
        assert field["value"].startswith("2014-06-05 10:00")


@pytest.mark.django_db
def test_event_page_shows_its_own_zone_and_a_relative_date(client, event_index):
    jakarta = EventPageFactory(
        parent=event_index,
        time_zone="Asia/Jakarta",
        start=local(2014, 6, 5, 9, 30, "Asia/Jakarta"),
        end=local(2014, 6, 5, 11, 0, "Asia/Jakarta"),
        city_en="Jakarta",
        country="ID",
    )
    html = client.get(jakarta.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    when = soup.select_one(".event__facts time")
    assert when["datetime"] == "2014-06-05T09:30:00+07:00"
    assert when.get_text() == "June 5, 2014, 9:30 a.m.–11 a.m."
    assert soup.select_one(".event__zone").get_text() == "Time zone: Asia/Jakarta (UTC+07:00)"
    assert soup.select_one(".event__relative").get_text().endswith(" ago")
    assert "Jakarta, Indonesia" in soup.select_one(".event__facts").get_text()
    # In French: the date in French, the country's name in French, "il y a".
    with_fr = client.get(url_in(jakarta, "fr")).content.decode()
    soup = BeautifulSoup(with_fr, "html.parser")
    assert soup.select_one(".event__facts time").get_text().startswith("5 juin 2014")
    assert "Indonésie" in soup.select_one(".event__facts").get_text()
    assert soup.select_one(".event__relative").get_text().startswith("il y a ")


@pytest.mark.django_db
def test_ics_parsed_back_keeps_the_zone(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title_en="Koper launch",
        title_fr="Lancement à Koper",
        time_zone="Europe/Ljubljana",
        start=local(2030, 6, 5, 10, 0, "Europe/Ljubljana"),
        end=local(2030, 6, 5, 12, 0, "Europe/Ljubljana"),
        venue_en="Harbour square",
        online_url="https://example.org/live",
    )
    event.save_revision().publish()
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Koper launch"
    start = vevent.decoded("DTSTART")
    assert start == local(2030, 6, 5, 10, 0, "Europe/Ljubljana")
    assert str(start.tzinfo) == "Europe/Ljubljana"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Ljubljana"
    assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=2)
    assert "Harbour square" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(event.url)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Ljubljana"]
    # The French file is in French.
    fr = icalendar.Calendar.from_ical(client.get(url_in(event, "fr") + "ics/").content)
    assert str(fr.walk("VEVENT")[0]["SUMMARY"]) == "Lancement à Koper"


@pytest.mark.django_db
def test_all_day_event_is_a_date_in_the_ics(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        all_day=True,
        time_zone="America/Bogota",
        start=local(2014, 6, 5, 0, 0, "America/Bogota"),
        end=local(2014, 6, 5, 23, 59, "America/Bogota"),
    )
    vevent = icalendar.Calendar.from_ical(client.get(event.url + "ics/").content).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == datetime.date(2014, 6, 5)
    assert vevent.decoded("DTEND") == datetime.date(2014, 6, 6)
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert page.select_one(".event__facts time").get_text() == "June 5, 2014"
    assert page.select_one(".event__zone") is None


@pytest.mark.django_db
def test_index_upcoming_first_past_below_and_the_feed(client, event_index):
    now = timezone.now()
    soon = EventPageFactory(parent=event_index, title_en="Soon", start=now + datetime.timedelta(days=2))
    later = EventPageFactory(parent=event_index, title_en="Later", start=now + datetime.timedelta(days=30))
    EventPageFactory(
        parent=event_index, title_en="Long ago", start=datetime.datetime(2014, 6, 5, tzinfo=datetime.UTC)
    )
    EventPageFactory(
        parent=event_index, title_en="Last year", start=now - datetime.timedelta(days=400), country="AT"
    )
    soup = BeautifulSoup(client.get(event_index.url).content, "html.parser")
    upcoming = [a.get_text() for a in soup.select(".events-upcoming .card__title a")]
    past = [a.get_text() for a in soup.select(".events-past .card__title a")]
    assert upcoming == ["Soon", "Later"]
    assert past == ["Last year", "Long ago"]
    assert " · in 1\xa0day, 23\xa0hours" in soup.select_one(".events-upcoming .card__meta").get_text()

    feed = icalendar.Calendar.from_ical(client.get(event_index.url + "calendar/").content)
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Soon", "Later"]
    assert {str(e["UID"]) for e in feed.walk("VEVENT")} == {
        f"event-{soon.pk}@testserver",
        f"event-{later.pk}@testserver",
    }

    # Filters: by country and year; a bad value is dropped with a notice, never an error.
    soup = BeautifulSoup(client.get(event_index.url + "?country=AT").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card__title a")] == ["Last year"]
    soup = BeautifulSoup(client.get(event_index.url + "?year=2014").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card__title a")] == ["Long ago"]
    response = client.get(event_index.url + "?country=ZZ&year=abc")
    assert response.status_code == 200
    assert "left out" in notice_text(response)
    assert len(BeautifulSoup(response.content, "html.parser").select(".card")) == 4


@pytest.mark.django_db
def test_an_event_cannot_end_before_it_starts(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(start=local(2030, 1, 2, 10, 0, "UTC"), end=local(2030, 1, 1, 10, 0, "UTC"))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict
