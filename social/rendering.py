"""How a post's text and age are shown: safe links and relative times in the visitor's language."""

import re
from datetime import timedelta
from urllib.parse import quote

from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince
from django.utils.translation import get_language_info, gettext

from turnbackcrime.images import renditions_prefetch

from .models import SocialPost

# Where a hashtag or a mention leads on each network ({} is the URL-quoted tag or name).
HASHTAG_URLS = {
    "x": "https://x.com/hashtag/{}",
    "facebook": "https://www.facebook.com/hashtag/{}",
    "instagram": "https://www.instagram.com/explore/tags/{}/",
    "youtube": "https://www.youtube.com/hashtag/{}",
    "linkedin": "https://www.linkedin.com/feed/hashtag/{}/",
    "tiktok": "https://www.tiktok.com/tag/{}",
}
MENTION_URLS = {
    "x": "https://x.com/{}",
    "facebook": "https://www.facebook.com/{}",
    "instagram": "https://www.instagram.com/{}/",
    "youtube": "https://www.youtube.com/@{}",
    "tiktok": "https://www.tiktok.com/@{}",
}

# One pass over the raw text finds web addresses, #hashtags and @mentions. Addresses
# come first so that "#section" inside a URL is not taken for a hashtag. \w is
# Unicode-aware: Arabic and accented hashtags are linked too.
TOKEN = re.compile(
    r"(?P<url>https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])"
    r"|(?<![\w&/])(?P<sigil>[#@])(?P<name>\w+(?:[.]\w+)*)",
    re.UNICODE,
)


def linkify(text, network):
    """The post's text as safe HTML, with addresses, #hashtags and @mentions linked.

    The raw text is cut into plain runs and tokens; every run is escaped and
    every link is built with format_html (which escapes its arguments), so
    nothing the post says can become markup: "<script>" stays visible text.
    """
    parts = []
    position = 0
    for match in TOKEN.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(_token_html(match, network))
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part was escaped or built by format_html


def _token_html(match, network):
    if match.group("url"):
        url = match.group("url")
        return format_html('<a href="{}" rel="nofollow noopener" dir="ltr">{}</a>', url, url)
    sigil, name = match.group("sigil"), match.group("name")
    pattern = (HASHTAG_URLS if sigil == "#" else MENTION_URLS).get(network)
    if pattern is None:
        return escape(match.group(0))
    css = "social-post__hashtag" if sigil == "#" else "social-post__mention"
    # dir="auto" isolates the tag: "#TurnBackCrime" inside Arabic text keeps its "#" in front.
    return format_html(
        '<a class="{}" href="{}" rel="nofollow noopener" dir="auto">{}{}</a>',
        css,
        pattern.format(quote(name, safe="")),
        sigil,
        name,
    )


def relative_time(posted_at, now=None):
    """The age of a post in the active language, e.g. "3 weeks, 1 day ago".

    `now` fixes the reference time (tests pass one).

    Django's timesince gives the localised duration ("3 semaines, 1 jour"); the
    sentence around it is ours, because word order differs ("il y a …", "hace …", "منذ …").
    """
    now = now or timezone.now()
    if now - posted_at < timedelta(minutes=1):
        # Also covers a clock slightly ahead at the source: never "0 minutes ago".
        return gettext("just now")
    return gettext("%(time)s ago") % {"time": timesince(posted_at, now)}


def _text_direction(language):
    """`rtl`/`ltr` for a known language tag, None (the browser guesses: dir="auto") otherwise."""
    if not language:
        return None
    for code in (language.lower(), language.split("-")[0].lower()):
        try:
            return "rtl" if get_language_info(code)["bidi"] else "ltr"
        except KeyError:
            continue
    return None


def latest_feed_items(limit, now=None, renditions=True):
    """The `limit` latest approved posts, ready to show: one query for the posts, one for image renditions.

    `now` is the reference time for "… ago" (tests pass a fixed one); it
    defaults to the current time.
    """
    posts = SocialPost.objects.filter(status=SocialPost.Status.APPROVED).select_related("image")
    if renditions:  # else the caller reads them (`prefetch_renditions_of`)
        posts = posts.prefetch_related(renditions_prefetch("image__renditions", "card"))
    posts = posts.order_by("-posted_at", "-pk")[:limit]
    return [
        {
            "post": post,
            "html": linkify(post.text, post.network),
            "ago": relative_time(post.posted_at, now),
            "dir": _text_direction(post.language),
        }
        for post in posts
    ]
