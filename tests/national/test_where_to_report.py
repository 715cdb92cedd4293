"""'Where to report it' at the end of an awareness topic: a chosen country's contacts, or the guidance."""

import pytest
from bs4 import BeautifulSoup
from wagtail_modeltranslation.contextlib import use_language

from tests.factories import TopicIndexPageFactory, TopicPageFactory
from tests.national.conftest import CountryIndexPageFactory, ReportingContactFactory

GUIDANCE = "Report what you saw to the police of the country where it happened"


@pytest.fixture
def topic(home_page):
    CountryIndexPageFactory(parent=home_page)
    index = TopicIndexPageFactory(parent=home_page)
    page = TopicPageFactory(parent=index, hero_image=None, title_ar="موضوع", slug_ar="mawdu")
    ReportingContactFactory(
        country="FR",
        authority_en="Example national police desk",
        authority_ar="مكتب الشرطة الوطنية (مثال)",
        purposes=["online_fraud", "counterfeit"],
        phone="+1 555 0100",
        email="report@example.org",
        languages=["fr", "en"],
    )
    return page


def block(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#where-to-report")


@pytest.mark.django_db
def test_without_a_choice_the_block_offers_every_country_and_the_guidance(client, topic):
    response = client.get(topic.url)
    section = block(response)
    assert section.select_one("h2").get_text() == "Where to report it"
    options = {o["value"]: o.get_text() for o in section.select("select[name=report_country] option")}
    assert len(options) > 240 and options["FR"] == "France" and options[""] == "Choose a country"
    assert GUIDANCE in section.get_text()
    assert section["data-fragment-url"] == "/en/around-the-world/where-to-report/"
    # The choice is never a cookie: the block sets none.
    assert "Set-Cookie" not in response.headers


@pytest.mark.django_db
def test_a_chosen_country_shows_its_contacts(client, topic):
    section = block(client.get(topic.url + "?report_country=FR"))
    assert section.select_one("option[selected]")["value"] == "FR"
    text = " ".join(section.get_text(" ").split())
    assert "Where to report in France:" in text
    assert "Example national police desk" in text
    assert "Online fraud, Counterfeit goods" in text
    assert "Fictional example (demo content): do not use" in text
    assert section.select_one('a[href="tel:+15550100"]').get_text() == "+1 555 0100"
    assert GUIDANCE not in text


@pytest.mark.django_db
def test_a_country_without_contacts_and_a_bad_value_fall_back_to_the_guidance(client, topic):
    text = block(client.get(topic.url + "?report_country=AT")).get_text(" ")
    assert "We have no reporting contact for Austria yet." in text
    assert GUIDANCE in text
    section = block(client.get(topic.url + "?report_country=%3Cscript%3E"))
    assert GUIDANCE in section.get_text(" ")
    assert section.select_one("option[selected]") is None


@pytest.mark.django_db
def test_in_arabic_the_block_and_country_names_are_arabic(client, topic):
    with use_language("ar"):
        url = topic.get_url()
    section = block(client.get(url + "?report_country=FR"))
    assert section.select_one("option[selected]").get_text() == "فرنسا"
    assert "مكتب الشرطة الوطنية (مثال)" in section.get_text()


@pytest.mark.django_db
def test_the_fragment_the_script_loads_is_cacheable_per_country(client, topic):
    response = client.get("/en/around-the-world/where-to-report/?country=FR")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "Example national police desk" in response.content.decode()
    fallback = client.get("/en/around-the-world/where-to-report/?country=nonsense")
    assert GUIDANCE in fallback.content.decode()
