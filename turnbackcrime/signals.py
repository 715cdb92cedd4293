from django.db.models.signals import post_save, pre_delete
from wagtail.signals import page_published

from .images import renditions_on_save
from .search.indexing import page_deleted, page_saved


def prerender_page_images(sender, instance, **kwargs):
    """Make a page's image renditions at publish time, so no visitor waits for them."""
    if not renditions_on_save():
        return
    page = instance.specific
    if hasattr(page, "prerender_images"):
        page.prerender_images()


def connect():
    from . import fragments

    fragments.connect()

    from . import frontend_cache

    frontend_cache.connect()
    page_published.connect(prerender_page_images, dispatch_uid="turnbackcrime-prerender-images")
    # Every page type: post_save's sender is the concrete model, so no sender filter here.
    post_save.connect(page_saved, dispatch_uid="turnbackcrime-search-index")
    pre_delete.connect(page_deleted, dispatch_uid="turnbackcrime-search-unindex")
