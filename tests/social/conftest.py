import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches renditions by image id in Redis; a rolled-back test's ids come back, so start clean."""
    cache.clear()
    yield
