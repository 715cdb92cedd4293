"""Open Graph, Twitter card and canonical tags on every page; share links on shareable pages."""

from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page

from campaigns.models import TopicPage


def meta(soup):
    tags = {}
    for tag in soup.select("meta[property], meta[name]"):
        key = tag.get("property") or tag.get("name")
        tags.setdefault(key, []).append(tag["content"])
    return tags


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_live_page_has_open_graph_tags(demo_content, client, lang):
    pages = Page.objects.live().public().filter(depth__gte=2).specific()
    locales = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}
    for page in pages:
        with translation.override(lang):
            url = page.url
        response = client.get(url)
        assert response.status_code == 200, url
        soup = BeautifulSoup(response.content, "html.parser")
        tags = meta(soup)
        canonical = soup.select_one('link[rel="canonical"]')["href"]
        assert canonical == f"http://testserver{url}"
        assert tags["og:url"] == [canonical]
        assert tags["og:title"][0].strip()
        assert tags["twitter:title"] == tags["og:title"]
        assert tags["og:locale"] == [locales[lang]]
        assert sorted(tags["og:locale:alternate"]) == sorted(v for k, v in locales.items() if k != lang)
        assert tags["twitter:card"][0] in ("summary", "summary_large_image")
        if "og:image" in tags:
            image = urlparse(tags["og:image"][0])
            assert image.scheme == "http" and image.netloc == "testserver"
            assert client.get(image.path).status_code == 200
            assert tags["og:image:width"] == ["1600"]


def test_topic_has_description_image_and_share_links(demo_content, client):
    topic = TopicPage.objects.get(slug_en="stay-safe-online")
    soup = BeautifulSoup(client.get(topic.url).content, "html.parser")
    tags = meta(soup)
    assert tags["og:description"] == [topic.summary]
    assert tags["description"] == [topic.summary]
    assert tags["twitter:card"] == ["summary_large_image"]
    links = {a.find(string=True, recursive=False).strip(): a["href"] for a in soup.select(".share__links a")}
    x = parse_qs(urlparse(links["X"]).query)
    assert x["url"] == [f"http://testserver{topic.url}"]
    assert "#TurnBackCrime" in x["text"][0]
    assert parse_qs(urlparse(links["Facebook"]).query)["u"] == [f"http://testserver{topic.url}"]
    assert links["Email"].startswith("mailto:")
    assert soup.select_one(".share__copy")["data-copy-url"] == f"http://testserver{topic.url}"
    # No third-party scripts anywhere on the page.
    for script in soup.select("script[src]"):
        assert script["src"].startswith("/static/"), script["src"]
