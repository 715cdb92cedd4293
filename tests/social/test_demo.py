"""The demo social posts: one of each status, four languages, created once."""

from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from social.models import SocialPost


def test_demo_posts_are_created_once_with_each_status(demo_content):
    # The demo is already loaded (the session's snapshot); a second run adds no post.
    statuses = dict.fromkeys(SocialPost.Status.values, 0)
    for post in SocialPost.objects.all():
        statuses[post.status] += 1
    assert statuses["pending"] == 1 and statuses["hidden"] == 1 and statuses["approved"] >= 4
    languages = set(SocialPost.objects.filter(status="approved").values_list("language", flat=True))
    assert languages == {"en", "fr", "es", "ar"}
    newest = SocialPost.objects.filter(status="approved").first()
    assert (timezone.now() - newest.posted_at).days == 22  # "3 weeks, 1 day ago"
    count = SocialPost.objects.count()
    call_command("load_demo_content", stdout=StringIO())
    assert SocialPost.objects.count() == count
