"""The "gallery" teaser block that page bodies embed, and galleries in search."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.models import Page

from campaigns.models import TopicPage
from partners.models import PartnerNewsPage
from stories.models import StoryPage
from tests.galleries.conftest import build_gallery

pytestmark = pytest.mark.django_db


def body_block(model=TopicPage):
    return model._meta.get_field("body").stream_block


def render_body(items):
    block = body_block()
    return str(block.render(block.to_python(items)))


def test_gallery_block_shows_four_photos_and_links_to_the_gallery(gallery_index, assert_valid_html):
    gallery = build_gallery(gallery_index, photos=6, title="Launch day")
    html = render_body([{"type": "gallery", "value": {"gallery": gallery.pk, "heading": ""}}])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text(strip=True) == "Launch day"
    images = soup.select(".gallery-teaser__photos img")
    first_four = list(gallery.photos.order_by("sort_order")[:4])
    assert [img["alt"] for img in images] == [p.alt_text for p in first_four]
    link = soup.select_one(".gallery-teaser__link a")
    assert link["href"] == gallery.url
    assert "6 photos" in link.get_text()
    page = render_to_string("base.html", {"request": None}).replace(
        '<main id="main-content" tabindex="-1">', '<main id="main-content" tabindex="-1">' + html
    )
    assert_valid_html(page, "page with a gallery block")


def test_gallery_block_with_its_own_heading(gallery_index):
    gallery = build_gallery(gallery_index, photos=1, small_images=True)
    html = render_body([{"type": "gallery", "value": {"gallery": gallery.pk, "heading": "In pictures"}}])
    assert BeautifulSoup(html, "html.parser").h2.get_text(strip=True) == "In pictures"


def test_gallery_block_shows_nothing_for_an_unpublished_gallery(gallery_index):
    gallery = build_gallery(gallery_index, photos=1, small_images=True)
    gallery.unpublish()
    html = render_body([{"type": "gallery", "value": {"gallery": gallery.pk, "heading": ""}}])
    assert "gallery-teaser" not in html


@pytest.mark.parametrize("model", [TopicPage, StoryPage, PartnerNewsPage])
def test_every_page_body_offers_the_gallery_block_and_it_only_accepts_galleries(model):
    from galleries.models import GalleryPage

    chooser = body_block(model).child_blocks["gallery"].child_blocks["gallery"]
    assert chooser.target_model is GalleryPage


def test_galleries_are_found_by_search(gallery_index):
    build_gallery(
        gallery_index, photos=1, small_images=True, title="Wipeout", summary_en="Seized counterfeits"
    )
    build_gallery(gallery_index, photos=1, small_images=True, title="Launch", summary_en="Posters and stages")
    results = [page.title for page in Page.objects.live().search("counterfeits")]
    assert results == ["Wipeout"]


def test_galleries_are_in_the_sitemap(client, gallery_index):
    gallery = build_gallery(gallery_index, photos=1, small_images=True)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert gallery.url in body and gallery_index.url in body
