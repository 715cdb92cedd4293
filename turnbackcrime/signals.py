from wagtail.signals import page_published


def prerender_page_images(sender, instance, **kwargs):
    """Make a page's image renditions at publish time, so no visitor waits for them."""
    page = instance.specific
    if hasattr(page, "prerender_images"):
        page.prerender_images()


def connect():
    page_published.connect(prerender_page_images, dispatch_uid="turnbackcrime-prerender-images")
