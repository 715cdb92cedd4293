"""`{% social_feed %}`: the latest approved social posts, for the home page."""

from django import template
from django.utils.translation import get_language_info

from social.models import SocialPost
from social.rendering import linkify, relative_time

register = template.Library()

MAX_POSTS = 50


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


@register.inclusion_tag("social/components/feed.html")
def social_feed(limit=5, now=None):
    """The `limit` latest approved posts: one query for the posts, one for image renditions.

    `now` is the reference time for "… ago" (tests pass a fixed one); it
    defaults to the current time.
    """
    try:
        limit = max(1, min(int(limit), MAX_POSTS))
    except (TypeError, ValueError):
        limit = 5
    posts = list(
        SocialPost.objects.filter(status=SocialPost.Status.APPROVED)
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("-posted_at", "-pk")[:limit]
    )
    items = [
        {
            "post": post,
            "html": linkify(post.text, post.network),
            "ago": relative_time(post.posted_at, now),
            "dir": _text_direction(post.language),
        }
        for post in posts
    ]
    return {"items": items}


@register.inclusion_tag("social/components/feed_section.html")
def social_feed_section(limit=5, now=None, heading_id="social-networks-heading"):
    """The feed in its own titled <section> ("Social networks"), ready for the home page.

    The heading lives here, with its translations in this app's catalogue.
    """
    return {**social_feed(limit=limit, now=now), "heading_id": heading_id}
