"""`{% social_feed %}`: the latest approved social posts, for the home page."""

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


@register.inclusion_tag("social/components/feed_section.html")
def social_feed_section(limit=5, now=None, heading_id="social-networks-heading", heading=""):
    """The feed in its own titled <section> ("Social networks"), ready for the home page.

    The heading lives here, with its translations in this app's catalogue.
    """
    return {**social_feed(limit=limit, now=now), "heading_id": heading_id, "heading": heading}
