"""The story index: filters by theme, country and year; bad values; pagination; query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup

from stories.models import StoryPage
from stories.models.index import STORIES_PER_PAGE
from tests.helpers import (
    COUNTRY_LABEL,
    LANGUAGES,
    PAGE_LABEL,
    PAST_THE_END,
    THEME_LABEL,
    assert_same_queries,
    count_queries,
    left_out,
    notice_text,
)
from tests.stories.conftest import publish_story

URL = "/en/success-stories/"


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".card__title a")]


notice = notice_text


@pytest.fixture
def stories(story_index, themes):
    """Four stories across two themes, four countries and three years."""
    spec = [
        ("fake-medicines", 2016, ["KE", "TZ"], "illicit-goods"),
        ("romance-fraud", 2016, ["FR", "ES"], "cybercrime"),
        ("car-parts", 2018, ["DE", "KE"], "illicit-goods"),
        ("fake-shops", 2019, ["MX"], "cybercrime"),
    ]
    for slug, year, countries, theme in spec:
        publish_story(
            story_index,
            title=slug,
            title_en=slug,
            slug_en=slug,
            operation_date=datetime.date(year, 3, 1),
            countries=countries,
            theme=themes[theme],
        )
    return story_index


@pytest.mark.django_db
def test_newest_operation_first_with_every_filter_offered(client, stories):
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == ["fake-shops", "car-parts", "fake-medicines", "romance-fraud"] or titles(
        response
    ) == ["fake-shops", "car-parts", "romance-fraud", "fake-medicines"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert [o["value"] for o in soup.select("#id_year option")] == ["", "2019", "2018", "2016"]
    assert [o.get_text() for o in soup.select("#id_country option")][1:] == [
        "France",
        "Germany",
        "Kenya",
        "Mexico",
        "Spain",
        "Tanzania",
    ]
    assert [o["value"] for o in soup.select("#id_theme option")][1:] == ["cybercrime", "illicit-goods"]
    assert notice(response) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=cybercrime", {"romance-fraud", "fake-shops"}),
        ("country=KE", {"fake-medicines", "car-parts"}),
        ("country=ES", {"romance-fraud"}),
        ("year=2016", {"fake-medicines", "romance-fraud"}),
        ("theme=illicit-goods&country=KE", {"fake-medicines", "car-parts"}),
        ("theme=illicit-goods&year=2018", {"car-parts"}),
        ("country=KE&year=2016", {"fake-medicines"}),
        ("theme=cybercrime&country=MX&year=2019", {"fake-shops"}),
        ("theme=cybercrime&country=KE", set()),
    ],
)
def test_each_filter_and_combinations(client, stories, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert notice(response) == ""
    soup = BeautifulSoup(response.content, "html.parser")
    # The form shows the filters that apply, so the URL can be shared and refined.
    for pair in query.split("&"):
        name, value = pair.split("=")
        assert soup.select_one(f"#id_{name} option[selected]")["value"] == value
    if not expected:
        assert "No story matches these filters yet." in response.content.decode()


YEAR_LABEL = {"en": "Year", "fr": "Année", "es": "Año", "ar": "السنة"}
LABELS = {"country": COUNTRY_LABEL, "year": YEAR_LABEL, "theme": THEME_LABEL}
INDEX_URLS = dict(
    zip(LANGUAGES, (URL, "/fr/reussites/", "/es/casos-de-exito/", "/ar/success-stories-ar/"), strict=True)
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("country=ZZ", "ZZ"),
        ("country=BR", "BR"),
        ("year=abc", "abc"),
        ("year=1850", "1850"),
        ("theme=999", "999"),
        ("theme=no-such", "no-such"),
        ("country=%3Cscript%3E", "<script>"),
    ],
)
def test_bad_values_give_the_unfiltered_list_and_say_so(client, stories, query, value):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert len(titles(response)) == 4
    name = query.split("=")[0]
    assert notice(response) == left_out("en", LABELS[name], value)
    assert b"<script>" not in response.content.split(b"<main")[1]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{name} option[selected]")["value"] == ""


@pytest.mark.django_db
def test_a_bad_filter_is_cleared_and_the_good_one_kept(client, stories):
    response = client.get(f"{URL}?theme=cybercrime&year=abc")
    assert response.status_code == 200
    assert set(titles(response)) == {"romance-fraud", "fake-shops"}
    assert notice(response) == left_out("en", YEAR_LABEL, "abc")


@pytest.mark.django_db
def test_bad_values_are_said_in_the_visitors_language(client, stories):
    for lang, url in INDEX_URLS.items():
        for name, value in (("theme", "no-such"), ("country", "ZZ"), ("year", "abc"), ("page", "abc")):
            response = client.get(url, {name: value})
            assert response.status_code == 200
            assert notice(response) == left_out(lang, {**LABELS, "page": PAGE_LABEL}[name], value)
            assert len(titles(response)) == 4
        past = client.get(url, {"page": "99999"})
        assert notice(past) == PAST_THE_END[lang].format(number=99999, last=1)
        assert len(titles(past)) == 4


def add_stories(index, count, start=0, *, images=True):
    for n in range(start, start + count):
        publish_story(
            index,
            title=f"Story {n}",
            title_en=f"Story {n}",
            slug_en=f"story-{n}",
            operation_date=datetime.date(2000 + n % 20, n % 12 + 1, 1),
            countries=["KE", "UG", "TZ"][: n % 3 + 1],
            image=images,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["999999999999999999999999", "2", "last"])
def test_pagination_never_fails_and_keeps_the_filters(client, story_index, themes, page):
    add_stories(story_index, STORIES_PER_PAGE + 2, images=False)
    response = client.get(f"{URL}?country=KE&page={page}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    shown = soup.select(".card")
    current = soup.select_one(".pagination [aria-current]").get_text(strip=True)
    assert notice(response) == (
        ""
        if page == "2"
        else left_out("en", PAGE_LABEL, page)
        if page == "last"
        else f"There is no page {page}, so this is page 2."
    )
    if page == "last":
        # Not a number: the first page.
        assert current == "Page 1 of 2"
        assert len(shown) == STORIES_PER_PAGE
        link = soup.select_one(".pagination a[rel=next]")["href"]
    else:
        # Too large: the last page, never an empty one.
        assert current == "Page 2 of 2"
        assert len(shown) == 2
        link = soup.select_one(".pagination a[rel=prev]")["href"]
    assert "country=KE" in link


@pytest.mark.django_db
def test_pagination_links_drop_a_rejected_filter(client, story_index, themes):
    add_stories(story_index, STORIES_PER_PAGE + 1, images=False)
    response = client.get(f"{URL}?year=abc&country=KE")
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "year" not in link
    assert "country=KE" in link
    assert "page=2" in link


@pytest.mark.django_db
def test_query_count_is_the_same_with_5_and_40_stories(client, story_index, themes):
    # 40: more than three pages of the listing; a query per story would add 35.
    add_stories(story_index, 5)
    five = count_queries(client, URL)
    five_filtered = count_queries(client, f"{URL}?country=KE&year=2003")
    add_stories(story_index, 35, start=5)
    forty = count_queries(client, URL)
    forty_filtered = count_queries(client, f"{URL}?country=KE&year=2003")
    assert five == forty, f"{five} queries with 5 stories, {forty} with 40"
    assert five_filtered == forty_filtered


@pytest.mark.django_db
def test_index_serves_without_making_renditions(renditions_on_save, client, story_index, themes):
    from wagtail.images import get_image_model

    add_stories(story_index, 3)
    renditions = get_image_model().get_rendition_model().objects.count()
    client.get(URL)
    assert get_image_model().get_rendition_model().objects.count() == renditions


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_index_html_is_valid(client, stories, assert_valid_html, lang):
    url = URL if lang == "en" else "/ar/success-stories-ar/?year=abc"
    response = client.get(url)
    assert response.status_code == 200
    assert_valid_html(response.content.decode(), url)


@pytest.mark.django_db
def test_feed_query_count_is_the_same_with_5_and_40_stories(client, story_index, themes):
    add_stories(story_index, 5)
    five = count_queries(client, f"{URL}feed/rss/")
    add_stories(story_index, 35, start=5)
    forty = count_queries(client, f"{URL}feed/rss/")
    assert_same_queries(five, forty, "story feed")


@pytest.mark.django_db
def test_for_cards_holds_after_ordering_and_slicing(story_index, themes, django_assert_num_queries):
    add_stories(story_index, 5)
    StoryPage.objects.update(theme=themes["cybercrime"])
    # The stories with their themes and hero images (joined), the images' renditions.
    with django_assert_num_queries(2):
        stories = list(StoryPage.objects.live().for_cards().order_by("operation_date")[:3])
    with django_assert_num_queries(0):
        metas = [story.card_meta for story in stories]
        prefetched = [len(story.hero_image.prefetched_renditions) for story in stories]
    assert all("Cybercrime" in meta for meta in metas)
    assert prefetched == [story.hero_image.renditions.count() for story in stories]
    assert stories[0].operation_date <= stories[-1].operation_date
