"""The story index: filters by theme, country and year; bad values; pagination; query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup

from stories.models.index import STORIES_PER_PAGE
from tests.helpers import count_queries
from tests.stories.conftest import publish_story

URL = "/en/success-stories/"


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".card__title a")]


def notice(response):
    found = BeautifulSoup(response.content, "html.parser").select_one(".notice")
    return found.get_text(" ", strip=True) if found else ""


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


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=ZZ", "We have no stories for the country “ZZ”, so every country is shown."),
        ("country=BR", "We have no stories for the country “BR”, so every country is shown."),
        ("year=abc", "We have no stories for the year “abc”, so every year is shown."),
        ("year=1850", "We have no stories for the year “1850”, so every year is shown."),
        ("theme=999", "We have no stories for the crime theme “999”, so every theme is shown."),
        ("theme=no-such", "We have no stories for the crime theme “no-such”, so every theme is shown."),
        ("country=%3Cscript%3E", "We have no stories for the country “<script>”, so every country is shown."),
    ],
)
def test_bad_values_give_the_unfiltered_list_and_say_so(client, stories, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert len(titles(response)) == 4
    assert notice(response) == message
    assert b"<script>" not in response.content.split(b"<main")[1]
    name = query.split("=")[0]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{name} option[selected]")["value"] == ""


@pytest.mark.django_db
def test_a_bad_filter_is_cleared_and_the_good_one_kept(client, stories):
    response = client.get(f"{URL}?theme=cybercrime&year=abc")
    assert response.status_code == 200
    assert set(titles(response)) == {"romance-fraud", "fake-shops"}
    assert notice(response) == "We have no stories for the year “abc”, so every year is shown."


@pytest.mark.django_db
def test_bad_value_message_in_the_visitors_language(client, stories):
    response = client.get("/fr/reussites/?year=abc")
    assert response.status_code == 200
    assert "Nous n'avons pas de récit pour l'année « abc »" in notice(response)


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
def test_query_count_is_the_same_with_5_and_100_stories(client, story_index, themes):
    add_stories(story_index, 5)
    five = count_queries(client, URL)
    five_filtered = count_queries(client, f"{URL}?country=KE&year=2003")
    add_stories(story_index, 95, start=5)
    hundred = count_queries(client, URL)
    hundred_filtered = count_queries(client, f"{URL}?country=KE&year=2003")
    assert five == hundred, f"{five} queries with 5 stories, {hundred} with 100"
    assert five_filtered == hundred_filtered


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
