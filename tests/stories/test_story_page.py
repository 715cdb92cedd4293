"""A story page: localised date and countries, key figures, sharing metadata, valid HTML."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

STORY_URL = {
    "en": "/en/success-stories/wipeout/",
    "fr": "/fr/reussites/wipeout-fr/",
    "es": "/es/casos-de-exito/wipeout-es/",
    "ar": "/ar/success-stories-ar/wipeout-ar/",
}


def plain(text):
    """Text with every kind of space (thousands separators too) as one plain space."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "month", "countries", "figures"),
    [
        ("en", "July 2014", "Kenya, Tanzania, Uganda", ["12,500 items seized", "30 arrests", "7 countries"]),
        (
            "fr",
            "juillet 2014",
            "Kenya, Ouganda, Tanzanie",
            ["12\u202f500 objets saisis", "30 arrestations", "7 pays"],
        ),
        (
            "es",
            "julio de 2014",
            "Kenia, Tanzania, Uganda",
            ["12\xa0500 artículos incautados", "30 detenciones", "7 países"],
        ),
        ("ar", "يوليو 2014", None, None),
    ],
)
def test_dates_countries_and_figures_in_each_language(client, wipeout, lang, month, countries, figures):
    soup = soup_of(client, STORY_URL[lang])
    time = soup.select_one(".story__kicker time")
    assert time.get_text() == month
    assert time["datetime"] == "2014-07"
    names = soup.select(".story__facts dd")[-1].get_text()
    if countries:
        assert names == countries
        shown = [plain(li.get_text(" ", strip=True)) for li in soup.select(".key-figures li")]
        assert shown == [plain(f) for f in figures]
    else:
        assert "كينيا" in names


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_date_on_cards_in_each_language(client, wipeout, lang):
    index = STORY_URL[lang].rsplit("/", 2)[0] + "/"
    soup = soup_of(client, index)
    meta = soup.select_one(".card__meta").get_text()
    expected = {"en": "July 2014", "fr": "juillet 2014", "es": "julio de 2014", "ar": "يوليو 2014"}[lang]
    assert meta.startswith(expected)


@pytest.mark.django_db
def test_untranslated_fields_are_marked_english(client, wipeout):
    soup = soup_of(client, STORY_URL["es"])
    # The operation name has no Spanish text: the English shows, marked as English.
    assert soup.select_one(".story__kicker span")["lang"] == "en"
    assert soup.select_one("h1").get("lang") is None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_open_graph_and_twitter_card(renditions_on_save, client, wipeout, lang):
    soup = soup_of(client, STORY_URL[lang])

    def meta(key):
        tag = soup.select_one(f'meta[property="{key}"]') or soup.select_one(f'meta[name="{key}"]')
        return tag["content"] if tag else None

    assert meta("og:title") == wipeout.title_en if lang == "en" else meta("og:title") == wipeout.title_ar
    assert meta("og:type") == "article"
    assert meta("og:url") == f"http://testserver{STORY_URL[lang]}"
    assert meta("og:description") == "Authorities in seven countries seized dangerous fake goods."
    image = meta("og:image")
    assert image.startswith("http://testserver/media/images/")
    assert image.endswith(".jpg")
    assert meta("twitter:card") == "summary_large_image"
    assert meta("twitter:image") == image
    assert meta("twitter:title") == meta("og:title")
    # The share image is a real file the site serves.
    assert client.get(image.removeprefix("http://testserver")).status_code == 200


@pytest.mark.django_db
def test_serving_a_story_makes_no_rendition(renditions_on_save, client, wipeout):
    renditions = get_image_model().get_rendition_model().objects.count()
    soup_of(client, STORY_URL["en"])
    assert get_image_model().get_rendition_model().objects.count() == renditions


@pytest.mark.django_db
def test_story_without_image_has_summary_card(client, story_index):
    import datetime

    from tests.stories.conftest import publish_story

    publish_story(
        story_index,
        title="Plain",
        title_en="Plain",
        slug_en="plain",
        operation_date=datetime.date(2016, 2, 1),
    )
    soup = soup_of(client, "/en/success-stories/plain/")
    assert soup.select_one('meta[name="twitter:card"]')["content"] == "summary"
    assert soup.select_one('meta[property="og:image"]') is None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_story_html_is_valid(client, wipeout_full_size, assert_valid_html, lang):
    response = client.get(STORY_URL[lang])
    assert_valid_html(response.content.decode(), STORY_URL[lang])
