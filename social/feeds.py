"""Pulling posts from RSS and Atom feeds (feedparser) into moderation.

Each source is fetched on its own: an unreachable address or a broken feed is
recorded on that source and the next one is still fetched. New posts wait for
moderation; a post already known (same link) is left as it is.
"""

import calendar
import html
import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from .models import SocialPost, web_address

USER_AGENT = "TurnBackCrimeFeedReader/1.0 (+https://www.interpol.int/)"
MAX_FEED_BYTES = 5 * 1024 * 1024
# feedparser flags these but still parses the feed correctly: a feed served as text/plain, or
# declaring the wrong encoding, is not worth failing a source for. Broken XML still fails.
HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedError(Exception):
    """What went wrong with one source, in words staff can act on."""


@dataclass
class FetchResult:
    created: int = 0
    known: int = 0
    skipped: int = 0


def download(url, timeout):
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(f"Only http and https addresses can be fetched, not {url!r}.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310 - scheme checked
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            body = response.read(MAX_FEED_BYTES + 1)
            # feedparser looks headers up in lower case ("content-type").
            headers = {name.lower(): value for name, value in response.headers.items()}
    except urllib.error.HTTPError as error:
        raise FeedError(f"The server answered {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise FeedError(f"No answer within {timeout} seconds.") from error
        raise FeedError(f"Could not reach the address: {reason}.") from error
    except TimeoutError as error:
        raise FeedError(f"No answer within {timeout} seconds.") from error
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise FeedError(f"Could not fetch the address: {error}.") from error
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(f"The feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB.")
    return body, headers


def parse(body, headers):
    parsed = feedparser.parse(body, response_headers=headers)
    if not parsed.version:
        kind = headers.get("content-type", "").split(";")[0].strip()
        raise FeedError(
            "The address did not return an RSS or Atom feed" + (f" (it sent {kind})." if kind else ".")
        )
    if parsed.bozo and not isinstance(parsed.bozo_exception, HARMLESS_BOZO):
        raise FeedError(f"The feed is not valid RSS or Atom: {parsed.bozo_exception}.")
    return parsed


def _is_web_address(link):
    try:
        web_address(link)
    except ValidationError:
        return False
    return len(link) <= 500


def entry_to_values(entry, source):
    """The SocialPost fields for one feed entry, or None when it has no link or no text."""
    link = (entry.get("link") or "").strip()
    text = html.unescape(strip_tags(entry.get("summary") or entry.get("title") or "")).strip()
    if not text or not _is_web_address(link):
        return None
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    posted_at = datetime.fromtimestamp(calendar.timegm(moment), tz=UTC) if moment else timezone.now()
    return {
        "link": link,
        "text": " ".join(text.split())[:2000],
        "handle": ((entry.get("author") or "").strip() or source.handle or source.name)[:80],
        "posted_at": posted_at,
        "language": source.language,
        "network": source.network,
    }


def fetch_source(source, timeout=15):
    """Fetch, parse and store one source's new posts; raise FeedError when it cannot be read."""
    body, headers = download(source.feed_url, timeout)
    parsed = parse(body, headers)
    result = FetchResult()
    candidates = {}
    for entry in parsed.entries:
        values = entry_to_values(entry, source)
        if values is None:
            result.skipped += 1
        elif values["link"] in candidates:
            result.known += 1
        else:
            candidates[values["link"]] = values
    known = set(SocialPost.objects.filter(link__in=list(candidates)).values_list("link", flat=True))
    result.known += len(known)
    new_posts = [
        SocialPost(status=SocialPost.Status.PENDING, source=SocialPost.Source.FEED, feed=source, **values)
        for link, values in candidates.items()
        if link not in known
    ]
    with transaction.atomic():
        SocialPost.objects.bulk_create(new_posts, ignore_conflicts=True)
    result.created = len(new_posts)
    return result


def fetch_all(sources, timeout=15, report=None):
    """Fetch every source; record the outcome on each. Returns the sources that failed."""
    failed = []
    for source in sources:
        source.last_fetched_at = timezone.now()
        try:
            result = fetch_source(source, timeout=timeout)
        except FeedError as error:
            source.last_error = str(error)
            source.last_new_posts = 0
            failed.append(source)
            if report:
                report(source, None, error)
        else:
            source.last_error = ""
            source.last_new_posts = result.created
            if report:
                report(source, result, None)
        source.save(update_fields=["last_fetched_at", "last_error", "last_new_posts"])
    return failed
