"""The site's identity files and share defaults: icons at the addresses platforms ask for,
a web app manifest, a designed share picture (per language) for pages without a hero,
a description on the search page, the fonts preloaded, the campaign's call to action."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from PIL import Image

from turnbackcrime.models import SiteSettings


@pytest.mark.django_db
def test_favicon_touch_icon_and_manifest_are_served(client):
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon["Content-Type"] == "image/x-icon"
    touch = client.get("/apple-touch-icon.png")
    assert touch.status_code == 200 and touch["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(b"".join(touch.streaming_content))) as icon:
        assert icon.size == (180, 180)
    manifest = client.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert data["name"] == "Turn Back Crime"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        assert finders.find(icon["src"].removeprefix(settings.STATIC_URL)), icon  # a real static file


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pages_without_a_hero_share_the_designed_picture_of_their_language(demo_content, client, lang):
    settings_obj = SiteSettings.objects.get()
    image = getattr(settings_obj, f"default_share_image_{lang}")
    assert image is not None and image.width >= 1600
    other = settings_obj.default_share_image_fr
    assert other is not None and other.pk != image.pk  # words on it: one per language
    for path in (f"/{lang}/", f"/{lang}/search/?q=ivory"):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        og_image = soup.select_one('meta[property="og:image"]')
        assert og_image is not None, path
        rendition = image.renditions.get(filter_spec="format-jpeg|fill-1600x900-c100")
        assert og_image["content"].endswith(rendition.url), path
        assert soup.select_one('meta[property="og:image:alt"]')["content"]
        assert soup.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"


def test_search_page_has_a_description_and_fonts_are_preloaded(demo_content, client):
    soup = BeautifulSoup(client.get("/fr/search/").content, "html.parser")
    description = soup.select_one('meta[name="description"]')["content"]
    assert "Turn Back Crime" in description and "recherche" in description.lower()
    preload = soup.select_one('link[rel="preload"][as="font"]')
    assert preload["href"].endswith("noto-sans-latin-400-normal.woff2")
    assert finders.find(preload["href"].removeprefix(settings.STATIC_URL))
    arabic = BeautifulSoup(client.get("/ar/").content, "html.parser")
    assert arabic.select_one('link[rel="preload"][as="font"]')["href"].endswith("arabic-400-normal.woff2")


def test_topics_and_stories_end_with_the_pledge(demo_content, client):
    from campaigns.models import TopicPage
    from partners.models import PledgePage
    from stories.models import StoryPage

    pledge_url = PledgePage.objects.get().url
    for page in (TopicPage.objects.live().first(), StoryPage.objects.live().first()):
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        cta = soup.select_one("aside.campaign-cta")
        assert cta is not None, page.url
        assert cta.select_one("a.button")["href"] == pledge_url
        # The last thing in <main> that asks something of the reader is the pledge.
        assert soup.select("main a.button")[-1]["href"] == pledge_url


def test_home_first_screen_has_the_pledge_and_its_live_count(demo_content, client):
    from partners.models import Pledge

    soup = BeautifulSoup(client.get("/es/").content, "html.parser")
    hero = soup.select_one(".hero--home")
    assert hero.select_one("h1")
    assert hero.select_one(".pledge-cta__button").get_text(strip=True) == "Comprométase"
    assert hero.select_one(".pledge-cta__count strong").get_text() == str(Pledge.objects.public().count())
