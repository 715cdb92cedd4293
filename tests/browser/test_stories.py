"""Success stories in a real browser: accessibility in English and Arabic, filters by keyboard."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser

INDEX = {"en": "/en/success-stories/", "ar": "/ar/qisas-najah/"}
WIPEOUT = {
    "en": "/en/success-stories/dangerous-fake-goods-seized-across-eastern-and-southern-africa/",
    "ar": "/ar/qisas-najah/dabt-sila-muzayyafa-khatira-fi-sharq-afriqya-wa-janubiha/",
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_index_and_story_have_no_axe_violations(demo_site, browser_page, lang):
    for width in (390, 1280):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.goto(demo_site + INDEX[lang])
        assert browser_page.locator(".card").count() == 9
        save_screenshot(browser_page, f"stories-index-{lang}-{width}")
        assert_no_axe_violations(browser_page, f"story index ({lang}, {width}px)")
        browser_page.goto(demo_site + WIPEOUT[lang])
        save_screenshot(browser_page, f"stories-wipeout-{lang}-{width}")
        assert_no_axe_violations(browser_page, f"story page ({lang}, {width}px)")
    # A filtered list with a rejected value shows its notice: still accessible.
    browser_page.goto(demo_site + INDEX[lang] + "?year=abc&theme=cybercrime")
    assert browser_page.locator(".notice").is_visible()
    assert_no_axe_violations(browser_page, f"story index with a notice ({lang})")


def tab_to(page, selector, limit=40):
    """Press Tab until `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never got the focus")


def test_filtering_works_with_the_keyboard(demo_site, browser_page):
    browser_page.goto(demo_site + INDEX["en"])
    tab_to(browser_page, "#id_theme")
    # Keyboard users change a closed <select> with the arrow keys.
    for _ in range(10):
        if browser_page.locator("#id_theme").input_value() == "cybercrime":
            break
        browser_page.keyboard.press("ArrowDown")
    assert browser_page.locator("#id_theme").input_value() == "cybercrime"
    tab_to(browser_page, "#id_year")
    for _ in range(10):
        if browser_page.locator("#id_year").input_value() == "2017":
            break
        browser_page.keyboard.press("ArrowDown")
    tab_to(browser_page, ".story-filters button[type=submit]")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**theme=cybercrime**")
    assert "year=2017" in browser_page.url
    titles = browser_page.locator(".card__title").all_inner_texts()
    assert titles == ["Fake online shops taken offline in Latin America"]
    # The choice survives the reload, and "Clear filters" is reachable too.
    assert browser_page.locator("#id_theme").input_value() == "cybercrime"
    tab_to(browser_page, ".story-filters .filters__clear")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(demo_site + INDEX["en"])
    assert browser_page.locator(".card").count() == 9

    # The next page is reached like any link.
    tab_to(browser_page, ".pagination a[rel=next]")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**page=2**")
    assert browser_page.locator(".card").count() == 3
