"""manage.py fetch_social_feeds against a real HTTP server on 127.0.0.1 (no mocks, no internet)."""

import socket
import threading
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from social.models import SocialFeedSource, SocialPost
from tests.factories import SocialPostFactory

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>#TurnBackCrime</title>
    <link>https://example.org/hashtag/TurnBackCrime</link>
    <description>Posts with #TurnBackCrime</description>
    <item>
      <title>Pledge</title>
      <description>&lt;p&gt;Our club pledges to help
        &lt;a href="https://x.com/hashtag/TurnBackCrime"&gt;#TurnBackCrime&lt;/a&gt;
        &amp;amp; you?&lt;/p&gt;</description>
      <link>https://example.org/rss/1</link>
      <author>@ExampleClub (example)</author>
      <pubDate>Tue, 03 Nov 2026 09:15:00 GMT</pubDate>
    </item>
    <item>
      <title>Fake goods can fund organised crime #TurnBackCrime</title>
      <link>https://example.org/rss/2</link>
      <pubDate>Mon, 02 Nov 2026 18:00:00 +0100</pubDate>
    </item>
    <item>
      <title>Same link twice in one feed</title>
      <link>https://example.org/rss/2</link>
    </item>
    <item>
      <title>Already moderated</title>
      <link>https://example.org/known</link>
    </item>
    <item>
      <title>A hostile link is dropped</title>
      <link>javascript:alert(1)</link>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>@ExamplePolice (example)</title>
  <id>urn:example:feed</id>
  <updated>2026-11-10T08:00:00Z</updated>
  <entry>
    <title>Nous soutenons la campagne #TurnBackCrime</title>
    <id>urn:example:1</id>
    <link href="https://example.org/atom/1"/>
    <updated>2026-11-10T08:00:00Z</updated>
    <summary>Nous soutenons la campagne #TurnBackCrime #TogetherWeCan</summary>
  </entry>
</feed>
"""

MALFORMED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken</title>
<item><title>Unclosed <b>tag</title><link>https://example.org/broken/1</link></item>
</channel>
"""

NOT_A_FEED = "<!DOCTYPE html><html lang=en><title>Just a web page</title><p>Hello</p></html>"


@pytest.fixture
def feed_server(tmp_path):
    """A real HTTP server on a free local port serving the feed files."""
    (tmp_path / "tag.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "police.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "broken.rss").write_text(MALFORMED, encoding="utf-8")
    (tmp_path / "page.html").write_text(NOT_A_FEED, encoding="utf-8")

    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def closed_port_url():
    """An address on this machine where nothing listens: the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.rss"


def make_source(name, url, **extra):
    return SocialFeedSource.objects.create(**{"name": name, "network": "x", "feed_url": url, **extra})


def run_fetch():
    out, err = StringIO(), StringIO()
    error = None
    try:
        call_command("fetch_social_feeds", "--timeout", "5", stdout=out, stderr=err)
    except CommandError as caught:
        error = caught
    return out.getvalue(), err.getvalue(), error


def test_good_feeds_become_pending_posts_and_failures_are_reported(feed_server):
    SocialPostFactory(link="https://example.org/known", text="Moderated earlier", status="hidden")
    broken = make_source("Broken feed", f"{feed_server}/broken.rss")
    unreachable = make_source("Unreachable", closed_port_url())
    rss = make_source("Hashtag feed", f"{feed_server}/tag.rss", handle="@TurnBackCrime (example)")
    missing = make_source("Missing", f"{feed_server}/nothing-here.rss")
    page = make_source("Web page", f"{feed_server}/page.html")
    atom = make_source("Police feed", f"{feed_server}/police.atom", network="facebook", language="fr")
    make_source("Inactive", closed_port_url(), active=False)

    out, err, error = run_fetch()

    # The good feeds were read although others failed before and between them.
    assert "Hashtag feed: 2 new, 2 already known, 1 without link or text." in out
    assert "Police feed: 1 new" in out
    pledge = SocialPost.objects.get(link="https://example.org/rss/1")
    assert pledge.status == SocialPost.Status.PENDING
    assert pledge.source == SocialPost.Source.FEED
    assert pledge.feed == rss
    assert pledge.text == "Our club pledges to help #TurnBackCrime & you?"  # markup stripped, entity decoded
    assert pledge.handle == "@ExampleClub (example)"
    assert pledge.posted_at == datetime(2026, 11, 3, 9, 15, tzinfo=UTC)
    second = SocialPost.objects.get(link="https://example.org/rss/2")
    assert second.handle == "@TurnBackCrime (example)"  # no author: the source's handle
    assert second.posted_at == datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
    french = SocialPost.objects.get(link="https://example.org/atom/1")
    assert (french.network, french.language) == ("facebook", "fr")
    assert not SocialPost.objects.filter(link__startswith="javascript").exists()
    # Known posts are left as moderated.
    assert SocialPost.objects.get(link="https://example.org/known").status == "hidden"

    # Each failure is clear, printed and stored on its source.
    for source in (broken, unreachable, missing, page, rss, atom):
        source.refresh_from_db()
        assert source.last_fetched_at is not None
    assert broken.last_error.startswith("The feed is not valid RSS or Atom:")
    assert unreachable.last_error.startswith("Could not reach the address:")
    assert "refused" in unreachable.last_error.lower()
    assert missing.last_error == "The server answered 404 File not found."
    assert page.last_error == "The address did not return an RSS or Atom feed (it sent text/html)."
    assert rss.last_error == "" and rss.last_new_posts == 2
    assert atom.last_error == "" and atom.last_new_posts == 1
    assert f"Broken feed ({broken.feed_url}): The feed is not valid RSS or Atom" in err
    assert f"Unreachable ({unreachable.feed_url}): Could not reach the address" in err
    assert not SocialPost.objects.filter(link__startswith="https://example.org/broken").exists()
    assert str(error) == "4 of 6 feed(s) failed: Broken feed, Unreachable, Missing, Web page."
    assert SocialFeedSource.objects.get(name="Inactive").last_fetched_at is None


def test_fetching_again_adds_nothing_and_a_recovered_source_clears_its_error(feed_server):
    source = make_source("Hashtag feed", closed_port_url())
    _out, _err, error = run_fetch()
    assert error is not None
    source.refresh_from_db()
    assert source.last_error

    source.feed_url = f"{feed_server}/tag.rss"
    source.save()
    _out, _err, error = run_fetch()
    assert error is None
    count = SocialPost.objects.count()
    assert count == 3  # rss/1, rss/2 and "Already moderated" (not known in this test)
    out, _err, error = run_fetch()
    assert error is None
    assert "0 new, 4 already known" in out
    assert SocialPost.objects.count() == count
    source.refresh_from_db()
    assert source.last_error == "" and source.last_new_posts == 0


def test_no_active_feed_is_not_an_error():
    out, _err, error = run_fetch()
    assert error is None
    assert "No active social feeds" in out


def test_feed_status_is_shown_to_staff_in_the_admin(client, django_user_model, feed_server):
    make_source("Unreachable", closed_port_url())
    run_fetch()
    client.force_login(django_user_model.objects.create_superuser("staff", "staff@example.org", "pw"))
    response = client.get("/admin/snippets/social/socialfeedsource/")
    assert response.status_code == 200
    assert "Failed: Could not reach the address" in response.content.decode()
