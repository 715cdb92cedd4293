"""Country pages, events, the toolkit and 'where to report it' in a real browser, English and Arabic."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot
from tests.browser.test_stories import tab_to

pytestmark = pytest.mark.browser

TOPIC = {"en": "/en/topics/stay-safe-online/", "ar": "/ar/mawadi/aman-internet/"}
FRANCE = {"en": "France", "ar": "فرنسا"}
# Each page type once, the two directions shared between them (axe costs about a second a page).
PAGES = [
    "/en/around-the-world/co/",
    "/en/toolkit/",
    "/ar/hawl-alalam/",
    "/ar/alfaaliyat/",
    "/ar/alfaaliyat/mithal-alaman-ala-alinternet-fiyenna/",
]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_country_chooser_by_keyboard_is_remembered_in_the_browser_only(demo_site, browser_page, lang):
    browser_page.set_viewport_size({"width": 390, "height": 900})
    browser_page.goto(demo_site + TOPIC[lang])
    tab_to(browser_page, "#id_report_country")
    # Keyboard users move through a closed <select> with the arrow keys.
    position = browser_page.evaluate(
        "Array.from(document.querySelectorAll('#id_report_country option')).findIndex(o => o.value === 'FR')"
    )
    for _ in range(position):
        browser_page.keyboard.press("ArrowDown")
    assert browser_page.locator("#id_report_country").input_value() == "FR"
    assert browser_page.locator("#id_report_country option:checked").inner_text() == FRANCE[lang]
    tab_to(browser_page, ".where-to-report__form button[type=submit]")
    browser_page.keyboard.press("Enter")
    result = browser_page.locator(".where-to-report__result .report-result[data-country=FR]")
    result.wait_for()
    assert browser_page.locator(".where-to-report .contact").count() == 1
    assert "?report_country" not in browser_page.url  # the script answered, the page stayed
    assert browser_page.context.cookies() == []
    save_screenshot(browser_page, f"where-to-report-{lang}")
    if lang == "ar":
        assert_no_axe_violations(browser_page, f"where to report ({lang})")

    # Back on any topic later, the choice is remembered (localStorage) and shown again.
    browser_page.goto(demo_site + TOPIC[lang])
    browser_page.locator(".where-to-report__result .report-result[data-country=FR]").wait_for()
    assert browser_page.locator("#id_report_country").input_value() == "FR"
    assert browser_page.evaluate("localStorage.getItem('tbc.reportCountry')") == "FR"


def test_national_and_event_pages_have_no_axe_violations(demo_site, browser_page):
    browser_page.set_viewport_size({"width": 390, "height": 900})
    for path in PAGES:
        response = browser_page.goto(demo_site + path)
        assert response.status == 200, path
        assert browser_page.evaluate("document.documentElement.dir") == (
            "rtl" if path.startswith("/ar/") else "ltr"
        )
        save_screenshot(browser_page, "national" + path.replace("/", "-").rstrip("-"))
        assert_no_axe_violations(browser_page, path)
