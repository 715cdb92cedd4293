"""turnbackcrime.page_lists: several lists of pages in one query give what each list's own query gives."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventPage
from national.models import CountryPage
from partners.models import PartnerNewsPage
from stories.models import StoryPage
from stories.models.index import in_country
from turnbackcrime.page_lists import first_of_each


def country_lists(code, now):
    events = EventPage.objects.live().filter(country=code).for_cards(renditions=False)
    return {
        "upcoming": events.upcoming(now),
        "past": events.past(now),
        "stories": StoryPage.objects.live().filter(in_country(code)).order_by("-operation_date", "-pk"),
        "news": PartnerNewsPage.objects.live()
        .filter(partner__country=code)
        .for_cards(renditions=False)
        .order_by("-date", "-pk"),
    }


def test_each_list_is_its_own_first_pages_in_its_order_in_one_query(demo_content):
    codes = [*CountryPage.objects.values_list("country", flat=True), "ZZ"]
    # Before, between and after the demo's events: upcoming and past lists of every length.
    instants = [timezone.now() + datetime.timedelta(days=days) for days in (-400, 0, 400)]
    checked = 0
    for code in codes:
        for now in instants:
            for limit in (1, 6):
                lists = country_lists(code, now)
                expected = {name: list(queryset[:limit]) for name, queryset in lists.items()}
                with CaptureQueriesContext(connection) as queries:
                    found = first_of_each(lists, limit)
                    # As the type's own query reads them: the card's relations come with it.
                    for item in found["news"]:
                        assert item.partner.name
                    for event in found["upcoming"] + found["past"]:
                        assert event.hero_image_id is None or event.hero_image.pk
                assert len(queries) == 1, code
                assert {name: [(type(p), p.pk) for p in pages] for name, pages in found.items()} == {
                    name: [(type(p), p.pk) for p in pages] for name, pages in expected.items()
                }, (code, now, limit)
                checked += sum(map(len, found.values()))
    assert checked > 20


def test_a_list_must_be_plain_and_ordered(demo_content):
    with pytest.raises(ValueError, match="order"):
        first_of_each({"stories": StoryPage.objects.order_by()}, 3)
    with pytest.raises(ValueError, match="slice"):
        first_of_each({"stories": StoryPage.objects.order_by("pk")[:3]}, 3)
    with pytest.raises(ValueError, match="text"):
        first_of_each({"stories": StoryPage.objects.order_by("operation_name")}, 3)
