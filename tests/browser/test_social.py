"""The social feed on the demo home page in a real browser: accessibility, right-to-left, screenshots."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser

WIDTHS = {"phone": 390, "desktop": 1280}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_home_page_feed_has_no_axe_violations(demo_site, browser_page, lang):
    browser_page.goto(f"{demo_site}/{lang}/")
    feed = browser_page.locator(".social-feed")
    assert feed.locator(".social-post").count() == 5
    assert_no_axe_violations(browser_page, f"home page with social feed ({lang})")


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_feed_fits_the_screen_and_keeps_each_post_direction(demo_site, browser, lang, device):
    context = browser.new_context(viewport={"width": WIDTHS[device], "height": 900})
    page = context.new_page()
    page.goto(f"{demo_site}/{lang}/")
    section = page.locator(".social-section")
    section.scroll_into_view_if_needed()
    save_screenshot(page, f"social-home-{lang}-{device}")
    # Nothing overflows sideways, even long links and hashtags on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[device]
    # The Arabic post reads right to left on the English page, the English ones left to right
    # on the Arabic page.
    arabic = page.locator('.social-post__text[lang="ar"]')
    assert arabic.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # A Latin hashtag inside the Arabic post still reads "#TurnBackCrime" (isolated, left to right).
    hashtag = arabic.locator(".social-post__hashtag").first
    assert hashtag.evaluate("el => getComputedStyle(el).direction") == "ltr"
    english = page.locator('.social-post__text[lang="en"]').first
    assert english.evaluate("el => getComputedStyle(el).direction") == "ltr"
    context.close()
