from wagtail.signals import page_published

from .images import renditions_on_save


def prerender_page_images(sender, instance, **kwargs):
    """Make a page's image renditions at publish time, so no visitor waits for them."""
    if not renditions_on_save():
        return
    page = instance.specific
    if hasattr(page, "prerender_images"):
        page.prerender_images()


def connect():
    from . import frontend_cache

    frontend_cache.connect()
    page_published.connect(prerender_page_images, dispatch_uid="turnbackcrime-prerender-images")
