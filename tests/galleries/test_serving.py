"""What visitors get: gallery and index pages, renditions made at publish time, steady query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail_modeltranslation.contextlib import use_language

from galleries.models import GalleryPage, GalleryPhoto
from tests.factories import GalleryPageFactory, GalleryPhotoFactory
from tests.galleries.conftest import build_gallery
from tests.helpers import LANGUAGES, PAGE_LABEL, PAST_THE_END, count_queries, left_out, notice_text
from turnbackcrime.images import filter_specs

Rendition = get_image_model().get_rendition_model()

pytestmark = pytest.mark.django_db


def url_in(page, language):
    with use_language(language):
        return page.get_url()


def thumb_and_full_specs():
    return set(filter_specs("thumb")) | set(filter_specs("photo"))


# --- Renditions: made on publish, never while serving -----------------------------------------


def test_publishing_a_gallery_makes_every_rendition_its_page_shows(renditions_on_save, gallery_index):
    gallery = build_gallery(gallery_index, photos=3)
    for photo in gallery.photos.all():
        specs = set(photo.image.renditions.values_list("filter_spec", flat=True))
        assert thumb_and_full_specs() <= specs, specs
    # The first photo is the index card's cover (there is no hero image).
    first = gallery.photos.order_by("sort_order").first()
    assert set(filter_specs("card")) <= set(first.image.renditions.values_list("filter_spec", flat=True))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_serving_a_published_gallery_creates_no_rendition(
    renditions_on_save, client, gallery_index, language
):
    gallery = build_gallery(gallery_index, photos=5, small_images=True)
    before = Rendition.objects.count()
    assert before > 0
    response = client.get(url_in(gallery, language))
    assert response.status_code == 200
    assert Rendition.objects.count() == before
    response = client.get(url_in(gallery_index, language))
    assert response.status_code == 200
    assert Rendition.objects.count() == before


def test_gallery_query_count_is_the_same_with_3_and_24_photos(renditions_on_save, client, gallery_index):
    small = build_gallery(gallery_index, photos=3, small_images=True)
    large = build_gallery(gallery_index, photos=24, small_images=True)
    renditions = Rendition.objects.count()
    count_queries(client, small.url)  # fills the per-process and Redis caches the shell uses
    many = count_queries(client, large.url)
    three = count_queries(client, small.url)
    assert three == many, f"{three} queries with 3 photos, {many} with 24"
    assert Rendition.objects.count() == renditions


def test_prerender_images_command_rebuilds_missing_renditions(gallery_index, capsys):
    gallery = build_gallery(gallery_index, photos=2)
    Rendition.objects.all().delete()
    call_command("prerender_images")
    output = capsys.readouterr().out
    assert "[" in output and "] 1/" in output  # the text progress bar
    assert gallery.title in output
    for photo in gallery.photos.all():
        assert thumb_and_full_specs() <= set(photo.image.renditions.values_list("filter_spec", flat=True))


# --- The gallery page ----------------------------------------------------------------------------


def test_gallery_page_shows_photos_in_order_with_links_to_full_size(client, gallery_index, assert_valid_html):
    gallery = build_gallery(gallery_index, photos=6, place_en="Koper")
    last = gallery.photos.order_by("sort_order").last()
    last.sort_order = -1  # move the last photo first, as dragging it in the admin does
    last.save()
    response = client.get(gallery.url)
    assert_valid_html(response, "gallery page (en)")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == gallery.title
    assert "Koper" in soup.select_one(".gallery-header .meta").get_text()
    assert soup.select_one(".gallery-header time")["datetime"] == "2014-06-05"
    links = soup.select(".gallery-grid__link")
    assert len(links) == 6
    captions = [c.get_text(strip=True) for c in soup.select(".gallery-grid__caption-text")]
    expected = [p.caption for p in GalleryPhoto.objects.filter(page=gallery).order_by("sort_order")]
    assert captions == expected and captions[0] == last.caption
    for link in links:
        # Without JavaScript the thumbnail is a plain link to the full-size JPEG rendition.
        assert link["href"].startswith("/media/images/") and "format-jpeg.width-1600" in link["href"]
        assert "format-avif" in link["data-avif"] and "format-webp" in link["data-webp"]
        img = link.img
        assert img["alt"].startswith("Photo ")  # the editor's alt text
        assert img["width"] and img["height"]
        # Sized for two to four columns, so a phone does not fetch a full-width candidate.
        assert img["sizes"] == "(min-width: 60rem) 17rem, (min-width: 36rem) 31vw, 48vw"
        assert link.find("source", type="image/avif") and link.find("source", type="image/webp")
    loading = [link.img["loading"] for link in links]
    assert loading == ["eager"] * 4 + ["lazy"] * 2
    dialog = soup.select_one("dialog.lightbox")
    assert dialog is not None and not dialog.has_attr("open")
    assert soup.find("script", src=lambda s: s and s.endswith("galleries/lightbox.js"))


def test_gallery_page_in_arabic_marks_untranslated_text_as_english(client, gallery_index, assert_valid_html):
    gallery = GalleryPageFactory(parent=gallery_index, title_ar="معرض", summary_ar="ملخص")
    GalleryPhotoFactory(page=gallery, caption_en="Only in English", caption_ar="", alt_text_ar="صورة")
    gallery.save_revision().publish()
    response = client.get(url_in(gallery, "ar"))
    assert_valid_html(response, "gallery page (ar)")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["dir"] == "rtl"
    assert soup.h1.get_text(strip=True) == "معرض" and not soup.h1.has_attr("lang")
    caption = soup.select_one(".gallery-grid__caption-text")
    assert caption.get_text(strip=True) == "Only in English" and caption["lang"] == "en"
    assert soup.select_one(".gallery-grid__link img")["alt"] == "صورة"
    assert "الصورة 1 من 1" in soup.select_one(".gallery-grid__link .visually-hidden").get_text()
    assert "%(number)s" in soup.select_one("[data-lightbox-gallery]")["data-counter"]


def test_gallery_without_photos_says_so(client, gallery_index):
    gallery = build_gallery(gallery_index, photos=0)
    response = client.get(gallery.url)
    assert response.status_code == 200
    assert b"This gallery has no photos yet." in response.content
    assert b"<dialog" not in response.content


# --- The index page ------------------------------------------------------------------------------


def test_index_lists_live_galleries_newest_first_with_cover_and_photo_count(
    client, gallery_index, assert_valid_html
):
    build_gallery(gallery_index, photos=2, title="Older", date=datetime.date(2014, 6, 5))
    build_gallery(gallery_index, photos=3, title="Newer", date=datetime.date(2014, 11, 1))
    draft = build_gallery(gallery_index, photos=1, title="Draft", date=datetime.date(2015, 1, 1))
    draft.unpublish()
    response = client.get(gallery_index.url)
    assert_valid_html(response, "gallery index (en)")
    soup = BeautifulSoup(response.content, "html.parser")
    cards = soup.select(".gallery-cards .card")
    assert [c.select_one(".card__title").get_text(strip=True) for c in cards] == ["Newer", "Older"]
    assert "3 photos" in cards[0].select_one(".card__meta").get_text()
    assert "November 2014" in cards[0].select_one(".card__meta").get_text()
    # The cover is the first photo, described by that photo's alt text.
    first_photo = GalleryPage.objects.get(title="Newer").photos.order_by("sort_order").first()
    assert cards[0].img["alt"] == first_photo.alt_text
    assert "fill-400x225" in cards[0].img["src"]


def test_index_in_arabic_is_valid_and_counts_in_arabic(client, gallery_index, assert_valid_html):
    build_gallery(gallery_index, photos=3, title_ar="إطلاق الحملة")
    response = client.get(url_in(gallery_index, "ar"))
    assert_valid_html(response, "gallery index (ar)")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".card__title").get_text(strip=True) == "إطلاق الحملة"
    assert "3 صور" in soup.select_one(".card__meta").get_text()


@pytest.mark.parametrize("bad", ["abc", "0", "-3", "1.5"])
def test_index_with_a_bad_page_number_shows_the_first_page_and_a_message(client, gallery_index, bad):
    build_gallery(gallery_index, photos=1, title="Only")
    response = client.get(gallery_index.url, {"page": bad})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert notice_text(response) == left_out("en", PAGE_LABEL, bad)
    assert soup.select_one(".card__title").get_text(strip=True) == "Only"


def test_index_paginates_and_a_page_past_the_end_shows_the_last(client, gallery_index):
    for day in range(1, 15):
        build_gallery(gallery_index, photos=0, title=f"Day {day:02d}", date=datetime.date(2014, 6, day))
    first = BeautifulSoup(client.get(gallery_index.url).content, "html.parser")
    assert len(first.select(".card")) == 12
    assert first.select_one(".pagination a[rel=next]")
    last = BeautifulSoup(client.get(gallery_index.url, {"page": "2"}).content, "html.parser")
    assert [c.get_text(strip=True) for c in last.select(".card__title")] == ["Day 02", "Day 01"]
    past = client.get(gallery_index.url, {"page": "9"})
    soup = BeautifulSoup(past.content, "html.parser")
    assert notice_text(past) == "There is no page 9, so this is page 2."
    assert len(soup.select(".card")) == 2


def test_index_query_count_does_not_grow_with_galleries(client, gallery_index):
    build_gallery(gallery_index, photos=2, small_images=True)
    one = count_queries(client, gallery_index.url)
    for _ in range(11):
        build_gallery(gallery_index, photos=2, small_images=True)
    twelve = count_queries(client, gallery_index.url)
    assert one == twelve, f"{one} queries with 1 gallery, {twelve} with 12"


def test_bad_page_numbers_are_said_in_each_language(client, gallery_index):
    build_gallery(gallery_index, photos=1, title="Only", small_images=True)
    for lang in LANGUAGES:
        url = url_in(gallery_index, lang)
        bad = client.get(url, {"page": "abc"})
        assert bad.status_code == 200
        assert notice_text(bad) == left_out(lang, PAGE_LABEL, "abc")
        past = client.get(url, {"page": "99999"})
        assert notice_text(past) == PAST_THE_END[lang].format(number=99999, last=1)
        assert len(BeautifulSoup(past.content, "html.parser").select(".card")) == 1


def test_for_cards_holds_after_ordering_and_slicing(
    renditions_on_save, gallery_index, django_assert_num_queries
):
    for day in range(1, 6):
        build_gallery(gallery_index, photos=2, small_images=True, date=datetime.date(2014, 6, day))
    # Galleries with photo counts, then hero images (none here), first photos with their images,
    # the images' renditions: the same few queries for one gallery as for three.
    with CaptureQueriesContext(connection) as one:
        list(gallery_index.galleries()[:1])
    with CaptureQueriesContext(connection) as three:
        galleries = list(gallery_index.galleries()[:3])
    assert len(one) == len(three) <= 5
    with django_assert_num_queries(0):
        covers = [
            (g.photo_count, g.cover_image, g.cover_alt, len(g.cover_image.renditions.all()))
            for g in galleries
        ]
    for gallery, (count, image, alt, renditions) in zip(galleries, covers, strict=True):
        first = gallery.photos.order_by("sort_order", "pk").first()
        assert (count, image, alt) == (2, first.image, first.alt_text)
        # Only the card's sizes are fetched (a photo also has thumbnail and full-size renditions).
        assert renditions == first.image.renditions.filter(filter_spec__in=filter_specs("card")).count() > 0
        assert renditions < first.image.renditions.count()
    assert [g.date.day for g in galleries] == [5, 4, 3]


def test_photos_not_rendered_yet_are_left_out_and_the_rest_numbered_without_gaps(
    settings, client, gallery_index
):
    """While `prerender_images` is still at work (make run), a visitor's request makes no rendition."""
    from turnbackcrime.images import prerender

    settings.RENDITIONS_ON_REQUEST = False
    gallery = build_gallery(gallery_index, photos=3, small_images=True)  # renditions on save are off
    photos = list(gallery.ordered_photos())
    for photo in photos[:2]:
        prerender(photo.image, "thumb", "photo")
    made = get_image_model().get_rendition_model().objects.count()
    soup = BeautifulSoup(client.get(gallery.url).content, "html.parser")
    assert len(soup.select(".gallery-grid__link")) == 2
    labels = [span.get_text(strip=True) for span in soup.select(".gallery-grid__link .visually-hidden")]
    assert labels == ["(photo 1 of 2, full size)", "(photo 2 of 2, full size)"]
    assert get_image_model().get_rendition_model().objects.count() == made
