from django.db.models.signals import post_save

from turnbackcrime.images import prerender, renditions_on_save


def prerender_post_image(sender, instance, **kwargs):
    """Make a post's image renditions when it is saved, so the home page never makes them."""
    if instance.image_id and renditions_on_save():
        prerender(instance.image, "card")


def connect():
    from .models import SocialPost

    post_save.connect(prerender_post_image, sender=SocialPost, dispatch_uid="social-prerender-post-image")


def register_cached_pages():
    """Posts show on the home page (the core always purges it); a new pending post shows nowhere."""
    from turnbackcrime.frontend_cache import register_shown_on

    from .models import SocialPost

    register_shown_on(SocialPost, lambda post: [], when=lambda post: post.status != SocialPost.Status.PENDING)
