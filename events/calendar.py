"""iCalendar (RFC 5545) files: one event's `.ics` and the feed of upcoming events.

Times are written in the event's own zone with its VTIMEZONE, so a calendar
app shows "10:00 Paris time" and converts it for a reader elsewhere. Text is
in the active language (the URL's), as on the page.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODID = "-//Turn Back Crime//Events//EN"


def event_component(event, request):
    component = Event()
    host = request.get_host().split(":")[0] or "turnbackcrime"
    component.add("uid", f"event-{event.pk}@{host}")
    component.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if event.all_day:
        component.add("dtstart", event.local_start.date())
        # An all-day DTEND is exclusive: the day after the last day.
        component.add("dtend", event.local_end.date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    component.add("summary", event.title)
    if event.teaser_text:
        component.add("description", event.teaser_text)
    location = ", ".join(part for part in (event.venue, event.place) if part)
    if location:
        component.add("location", vText(location))
    page_url = event.get_full_url(request)
    if page_url:
        component.add("url", page_url)
    if event.online_url:
        component.add("conference", event.online_url, parameters={"VALUE": "URI"})
    return component


def events_calendar(events, request, name=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
