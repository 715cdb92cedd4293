"""`{% social_feed %}`: the latest approved social posts, for any page (the home page uses its section)."""

from django import template

from social.rendering import latest_feed_items

register = template.Library()

MAX_POSTS = 50


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
    return {"items": latest_feed_items(limit, now)}
