"""The partners tests' page tree, form data and signed tokens dated in the past."""

import io
import time

import pytest
from django.core import signing
from django.core.cache import cache, caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from partners import spam
from tests.factories import PartnerNewsIndexPageFactory, PledgePageFactory


class PastSigner(signing.TimestampSigner):
    """A signer whose signatures carry a time `seconds_ago` in the past."""

    def __init__(self, *args, seconds_ago=60, **kwargs):
        super().__init__(*args, **kwargs)
        self.seconds_ago = seconds_ago

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - self.seconds_ago)


def form_token(key, seconds_ago=60):
    return PastSigner(salt=spam.TOKEN_SALT, seconds_ago=seconds_ago).sign(key)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters start from zero in each test (Redis db of this test run)."""
    cache.clear()
    caches["ratelimit"].clear()
    yield
    cache.clear()
    caches["ratelimit"].clear()


@pytest.fixture
def pledge_page(home_page):
    page = PledgePageFactory(parent=home_page)
    return page


@pytest.fixture
def news_index(home_page):
    return PartnerNewsIndexPageFactory(parent=home_page)


def pledge_url(page, language="en"):
    with translation.override(language):
        from wagtail_modeltranslation.contextlib import use_language

        with use_language(language):
            return page.get_url()


@pytest.fixture
def valid_data():
    def make(**overrides):
        key = overrides.pop("submission_key", spam.new_submission_key())
        data = {
            "name": "Example Harbour Police",
            "kind": "police",
            "country": "NZ",
            "website": "https://example.org/",
            "statement": "We pledge to share the campaign's advice at every open day.",
            "video_url": "",
            "contact_name": "Ana Example",
            "contact_email": "ana@example.org",
            "consent_to_publish": "on",
            "homepage": "",
            "submission_key": key,
            "timing_token": form_token(key),
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return make


def image_file(name="logo.png", size=(200, 100), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (180, 20, 30)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")
