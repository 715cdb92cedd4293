"""Gallery test fixtures: a home page with a gallery index, and a clean rendition cache."""

import pytest
from django.core.cache import cache

from galleries.models import GalleryPage
from tests.factories import GalleryIndexPageFactory, GalleryPageFactory, GalleryPhotoFactory


@pytest.fixture(autouse=True)
def empty_rendition_cache():
    """Wagtail caches renditions in Redis by image id and file hash; a flushed test database
    reuses both, so a stale entry would hide a missing rendition row. Start each test clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def gallery_index(home_page):
    index = GalleryIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


def build_gallery(index, photos=3, publish=True, small_images=False, **kwargs):
    """A gallery with `photos` photos; publishing it makes the renditions, as the admin does.

    `small_images` makes tiny originals (quick to render) for tests that count
    queries or renditions rather than validate srcsets.
    """
    gallery = GalleryPageFactory(parent=index, **kwargs)
    size = {"image__file__width": 96, "image__file__height": 72} if small_images else {}
    for _ in range(photos):
        GalleryPhotoFactory(page=gallery, **size)
    if publish:
        gallery.save_revision().publish()
    return GalleryPage.objects.get(pk=gallery.pk)
