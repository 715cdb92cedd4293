"""The home page in a real browser: every section, four languages, phone and desktop."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser


def test_home_page_in_four_languages_has_no_axe_violations(demo_site, browser):
    for lang in ("en", "fr", "es", "ar"):
        for width in (390, 1280):
            context = browser.new_context(viewport={"width": width, "height": 844})
            page = context.new_page()
            page.goto(f"{demo_site}/{lang}/")
            assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
            assert page.locator(".home-sections section").count() >= 7
            # Scroll through so lazy images load, as a visitor's would.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
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
