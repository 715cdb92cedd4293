"""Issue #12 finding 3: with Redis gone, public pages and the pledge form still work.

A redis-server of this test's own is started, the caches pointed at it with the same
backends and timeouts as production, pages rendered, then the server is killed: every
page must still be a 200 and a pledge sent then is stored once.
"""

import uuid

import pytest
import redis
from django.conf import settings as django_settings
from django.test import Client
from wagtail.models import Page

from partners.models import Pledge, PledgePage
from tests.partners.conftest import form_token
from tests.support.redis_server import RedisServer


@pytest.fixture
def own_redis(settings):
    server = RedisServer().start()
    settings.CACHES = {
        "default": {
            "BACKEND": "turnbackcrime.cache.DegradingRedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "tbc",
            "OPTIONS": django_settings.REDIS_OPTIONS,
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "tbc-rate",
            "OPTIONS": django_settings.REDIS_OPTIONS,
        },
    }
    yield server
    server.stop()


def pledge_data():
    key = str(uuid.uuid4())
    return {
        "name": "Example Harbour Police",
        "kind": "police",
        "country": "NZ",
        "statement": "We pledge to share the campaign's advice at every open day.",
        "contact_name": "Ana Example",
        "contact_email": f"{key[:8]}@example.org",
        "submission_key": key,
        "timing_token": form_token(key),
    }


def public_urls():
    """One live page of each type (each type renders through its own code), search, and Arabic."""
    first_of_each_type = {}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path").specific():
        first_of_each_type.setdefault(type(page), page)
    urls = [page.url for page in first_of_each_type.values() if page.url]
    return [*urls, "/ar/", "/en/search/?q=crime"]


def test_public_pages_and_the_pledge_survive_redis_going_away(demo_content, own_redis):
    client = Client()
    urls = public_urls()
    assert len(urls) >= 8
    pledge_url = PledgePage.objects.live().first().url
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert redis.Redis.from_url(own_redis.url).dbsize() > 0  # the pages really used this Redis
    first = pledge_data()
    assert client.post(pledge_url, first).status_code == 200

    own_redis.stop()

    statuses = {url: client.get(url).status_code for url in urls}
    assert {url: status for url, status in statuses.items() if status != 200} == {}
    second = pledge_data()
    response = client.post(pledge_url, second)
    assert response.status_code == 200
    assert "Thank you for your pledge" in response.content.decode()
    assert client.post(pledge_url, second).status_code == 200  # a resend finds it
    assert (
        Pledge.objects.filter(contact_email__in=[first["contact_email"], second["contact_email"]]).count()
        == 2
    )
