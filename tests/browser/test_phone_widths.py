"""Every kind of public page, phone to desktop: nothing scrolls sideways.

The home page test checks its own sections; this one takes one live page of each
page type (and search), in the four languages, at 320 px (WCAG reflow), 390 px and
1280 px: each page is loaded once and the window resized, which costs a relayout,
not a request. It caught the pledge form (a fieldset as wide as its longest country
name) and the listing filters.
"""

import pytest
from wagtail.models import Page
from wagtail_modeltranslation.contextlib import use_language

pytestmark = pytest.mark.browser


def one_page_of_each_type():
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault(type(page), page)
    return list(pages.values())


WIDTHS = (320, 390, 1280)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_no_page_type_scrolls_sideways(demo_site, browser, lang):
    pages = one_page_of_each_type()
    assert len(pages) >= 10, [type(p).__name__ for p in pages]  # every page type of the demo
    with use_language(lang):
        paths = [page.get_url() for page in pages]
    paths.append(f"/{lang}/search/?q=crime")
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    too_wide = {}
    for path in paths:
        tab.set_viewport_size({"width": WIDTHS[0], "height": 640})
        # The stylesheets are in by DOMContentLoaded (the deferred scripts wait for them);
        # pictures have their width and height, so their loading changes no width.
        response = tab.goto(demo_site + path, wait_until="domcontentloaded")
        assert response.status == 200, path
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 640})
            overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                too_wide[f"{path} at {width}px"] = overflow
    context.close()
    assert not too_wide, f"pages scrolling sideways ({lang}): {too_wide}"
