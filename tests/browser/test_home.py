"""The home page in a real browser: every section, four languages, phone and desktop."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser


def assert_first_screen_asks_for_the_pledge(page, lang, width):
    """The campaign's message, the pledge button and the live count, all without scrolling."""
    viewport = page.viewport_size["height"]
    for selector in ("#home-heading", ".hero--home .pledge-cta__button", ".hero--home .pledge-cta__count"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["height"] > 0, f"{selector} is not shown ({lang}, {width}px)"
        assert box["y"] >= 0 and box["y"] + box["height"] <= viewport, (
            f"{selector} ends at {box['y'] + box['height']:.0f}px, below the first screen of {viewport}px "
            f"({lang}, {width}px)"
        )
    if width <= 390:
        # The phone header folds its menu and search behind one button.
        header = page.locator(".site-header").bounding_box()["height"]
        assert header <= 120, f"the phone header is {header:.0f}px tall ({lang})"
        assert page.locator(".main-menu").is_hidden()
        assert page.locator(".language-switcher a").first.is_visible()  # one tap away


def page_weight(page):
    """Bytes over the wire for the page and everything it loaded (fonts included), from the browser."""
    return page.evaluate(
        """() => performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
            .reduce((total, entry) => total + (entry.transferSize || entry.encodedBodySize || 0), 0)"""
    )


def test_home_page_in_four_languages_has_no_axe_violations(demo_site, browser):
    for lang in ("en", "fr", "es", "ar"):
        for width in (390, 1280):
            context = browser.new_context(viewport={"width": width, "height": 844})
            page = context.new_page()
            page.goto(f"{demo_site}/{lang}/")
            assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
            assert page.locator(".home-sections section").count() >= 7
            assert_first_screen_asks_for_the_pledge(page, lang, width)
            # Scroll through so lazy images load, as a visitor's would.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            if width == 390 and lang in ("en", "ar"):
                weight = page_weight(page)
                assert weight <= 200_000, (
                    f"home page at 390 px ({lang}) weighs {weight} bytes after scrolling"
                )
            assert_no_axe_violations(page, f"home page ({lang}, {width}px)")
            if lang in ("en", "ar"):
                save_screenshot(page, f"home-{lang}-{width}")
            # Nothing wider than the screen: no sideways scrolling on phones.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{lang} at {width}px scrolls sideways by {overflow}px"
            context.close()


def test_search_from_the_header_with_the_keyboard(demo_site, browser_page):
    browser_page.goto(f"{demo_site}/fr/")
    browser_page.locator("#site-search-q").focus()
    browser_page.keyboard.type("corail")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/fr/search/?q=corail")
    assert browser_page.locator(".search-result").count() >= 1
    assert_no_axe_violations(browser_page, "search results (fr)")
