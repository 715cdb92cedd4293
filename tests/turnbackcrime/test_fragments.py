"""Cached fragments are never stale and never needed (turnbackcrime.fragments).

On the demo site: the home page's sections, the menu and a topic page's content
come from the cache on a second request, and show a publish, an unpublish, a
snippet change or a pledge approval at the very next request. A preview never
reads or writes them, and a cache that goes away (a real Redis, stopped) leaves
pages rendering.
"""

import socket
import subprocess
import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from campaigns.models import TopicIndexPage, TopicPage
from partners.models import Pledge, PledgeStatus
from partners.moderation import approve_pledge
from social.models import SocialPost
from stories.models import StoryPage


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def latest_story():
    return StoryPage.objects.live().order_by("-operation_date", "-first_published_at").first()


def test_home_sections_come_from_the_cache_and_show_a_publish_and_unpublish_at_once(demo_content, client):
    get(client, "/en/")
    cached, queries = get(client, "/en/")
    story = latest_story()
    assert story.title in cached
    # The sections, menu and footer came from the cache; what is left: the page, the site,
    # the first screen's pledge count and the share image (render queries: home).
    assert queries <= 9

    story.title = "A headline published a moment ago"
    story.save_revision().publish()
    assert "A headline published a moment ago" in get(client, "/en/")[0]

    story.unpublish()
    assert "A headline published a moment ago" not in get(client, "/en/")[0]


def test_a_snippet_change_and_a_pledge_approval_show_at_once(demo_content, client):
    get(client, "/en/")
    post = SocialPost.objects.filter(status=SocialPost.Status.APPROVED).latest("posted_at")
    post.text = "A corrected post about #TurnBackCrime"
    post.save()
    page, _ = get(client, "/en/")
    assert "A corrected post about" in page

    total = Pledge.objects.public().count()
    pending = Pledge.objects.filter(status=PledgeStatus.PENDING, consent_to_publish=True).first()
    assert f"<strong>{total}</strong>" in page
    approve_pledge(pending)
    assert f"<strong>{total + 1}</strong>" in get(client, "/en/")[0]


def test_a_new_pending_pledge_keeps_the_cached_fragments(demo_content, client):
    get(client, "/en/")
    _, before = get(client, "/en/")
    Pledge.objects.create(name="Pending Example", country="FR", statement="We pledge.", submission_key="k1")
    assert get(client, "/en/")[1] == before


def test_menu_and_topic_content_show_a_renamed_or_edited_page_at_once(demo_content, client):
    topic = TopicPage.objects.live().first()
    url = topic.url
    get(client, url)
    index = TopicIndexPage.objects.get()
    index.title = "Topics, renamed"
    index.save_revision().publish()
    topic.summary = "A summary edited just now."
    topic.save_revision().publish()
    page, _ = get(client, url)
    assert "Topics, renamed" in page
    assert "A summary edited just now." in page


def test_a_preview_never_reads_or_writes_the_cache(demo_content, client):
    topic = TopicPage.objects.live().first()
    site = topic.get_site()
    # The host the preview's request is made for, so both would share a cache key.
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    client.get(topic.url, headers={"host": host})  # the public content is now cached
    topic.summary = "A draft summary nobody may see yet"
    preview = topic.make_preview_request()
    assert lead(preview) == "A draft summary nobody may see yet"
    public = client.get(topic.url, headers={"host": host})
    assert lead(public) == TopicPage.objects.get(pk=topic.pk).summary
    assert "A draft summary nobody may see yet" not in public.content.decode()


def lead(response):
    return BeautifulSoup(response.content, "html.parser").select_one("main .lead").get_text(strip=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def own_redis(settings):
    """A Redis of this test's own (it is stopped mid-test), as the cache."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.02)
    # The caches as production has them (turnbackcrime.cache degrades when Redis is gone).
    options = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}
    settings.CACHES = {
        "default": {
            "BACKEND": "turnbackcrime.cache.DegradingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": options,
        },
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/1",
            "OPTIONS": options,
        },
    }
    yield server
    server.terminate()
    server.wait()


def test_pages_render_when_the_cache_goes_down(demo_content, own_redis, client):
    get(client, "/en/")
    cached, _ = get(client, "/en/")
    assert latest_story().title in cached
    own_redis.terminate()
    own_redis.wait()
    rendered, _ = get(client, "/en/")
    assert latest_story().title in rendered
    assert 'class="home-sections"' in rendered


def test_the_version_changes_in_the_publishing_transaction(demo_content):
    from turnbackcrime.fragments import current_version

    before = current_version()
    Page.objects.get(depth=2).specific.save_revision().publish()
    assert current_version() != before
    cache.clear()


def test_a_private_section_is_left_out_at_once_and_restrictions_are_read_once(demo_content, client):
    from wagtail.models import PageViewRestriction

    story = latest_story()
    get(client, "/en/")
    get(client, story.url)
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="only-staff"
    )
    with CaptureQueriesContext(connection) as queries:
        home = client.get("/en/").content.decode()
    assert story.title not in home
    reads = [
        q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]
    ]
    # The whole table once for every section's .public() (it was once per section), and
    # Wagtail's check of the home page itself before serving it, now that one section is private.
    assert len([sql for sql in reads if "WHERE" not in sql]) == 1
    assert len(reads) == 2
    private = client.get(story.url).content.decode()
    assert 'name="password"' in private
    assert story.summary not in private
