"""The demo's national and event pages: valid HTML in English and Arabic, and what the demo promises."""

import icalendar
import pytest
from bs4 import BeautifulSoup

PAGES = {
    "en": [
        "/en/around-the-world/",
        "/en/around-the-world/co/",
        "/en/events/",
        "/en/events/example-online-safety-vienna/",
        "/en/toolkit/",
        "/en/topics/stay-safe-online/?report_country=FR",
    ],
    "ar": [
        "/ar/hawl-alalam/kolombiya/",
        "/ar/alfaaliyat/itlaq-alhamla-fi-paris/",
        "/ar/haqibat-adawat-alshuraka/",
        "/ar/mawadi/aman-internet/?report_country=AT",
    ],
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_demo_pages_are_valid_html(demo_content, client, lang, assert_valid_html):
    for url in PAGES[lang]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_valid_html(response.content.decode(), url)


def test_demo_has_the_five_launch_events_and_marked_examples(demo_content, client):
    soup = BeautifulSoup(client.get("/en/events/").content, "html.parser")
    past = [a.get_text() for a in soup.select(".events-past .card__title a")]
    for city in ("Bogotá", "Dar es Salaam", "Jakarta", "Koper", "Paris"):
        assert f"Campaign launch in {city}" in past
    upcoming = [a.get_text() for a in soup.select(".events-upcoming .card__title a")]
    assert upcoming and all(title.startswith("Example:") for title in upcoming)
    feed = icalendar.Calendar.from_ical(client.get("/fr/evenements/calendar/").content)
    assert {str(e["SUMMARY"]) for e in feed.walk("VEVENT")} == {
        "Exemple : soirée sur la sécurité en ligne pour les parents, Vienne",
        "Exemple : stand de la campagne sur un marché, Lusaka",
    }
    # The toolkit's generated files exist in the four languages and download.
    toolkit = BeautifulSoup(client.get("/en/toolkit/?language=ar").content, "html.parser")
    links = [a["href"] for a in toolkit.select(".material a.button")]
    assert len(links) == 3
    assert client.get(links[0], follow=True).status_code == 200


def test_new_pages_are_in_search_and_the_sitemap(demo_content, client):
    found = client.get("/en/search/?q=Lusaka").content.decode()
    assert "Example: campaign stand at a market, Lusaka" in found
    found = client.get("/fr/search/?q=Autriche").content.decode()
    assert "Turn Back Crime en Autriche" in found
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in ("/en/around-the-world/co/", "/ar/alfaaliyat/itlaq-alhamla-fi-paris/", "/es/kit/"):
        assert f"{path}</loc>" in sitemap
