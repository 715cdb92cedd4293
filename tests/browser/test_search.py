"""Search as you type in the header box, driven by keyboard, in English and Arabic."""

import pytest

from tests.browser.fixtures import ARTIFACTS, assert_no_axe_violations

pytestmark = pytest.mark.browser

CASES = {
    # language: (what is typed, a title the suggestions must offer, the address it opens)
    "en": ("counterf", "Counterfeit goods taken off the market in Operation Jupiter", "/en/"),
    "ar": ("مقلد", "سحب سلع مقلدة من الأسواق في عملية Jupiter", "/ar/"),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_header_search_suggests_titles_by_keyboard(demo_site, browser, lang):
    typed, title, prefix = CASES[lang]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{demo_site}/{lang}/")
    # On a phone the search box sits in the header's Menu disclosure: open it first.
    toggle = page.locator("summary.site-menu__toggle")
    if toggle.is_visible():
        toggle.click()
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    listbox_id = box.get_attribute("aria-controls")
    listbox = page.locator(f"#{listbox_id}")
    assert listbox.get_attribute("role") == "listbox"

    box.focus()
    page.keyboard.type(typed[:2])
    page.wait_for_timeout(300)
    assert box.get_attribute("aria-expanded") == "false"  # fewer than three characters
    page.keyboard.type(typed[2:])
    page.wait_for_selector(f"#{listbox_id} [role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.locator("[role=option]")
    titles = options.all_inner_texts()
    assert title in titles and len(titles) <= 5

    # Right-to-left: the list opens under the box from its right edge in Arabic.
    field, popup = box.bounding_box(), listbox.bounding_box()
    if lang == "ar":
        assert abs((field["x"] + field["width"]) - (popup["x"] + popup["width"])) < 2
    else:
        assert abs(field["x"] - popup["x"]) < 2
    assert popup["x"] >= 0 and popup["x"] + popup["width"] <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"search-suggest-{lang}-390.png"))
    if lang == "ar":  # the open list in one language is enough for axe (the page itself is checked elsewhere)
        assert_no_axe_violations(page, "search suggestions (ar)")

    # Arrows move the active option (aria-activedescendant), wrapping round.
    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == options.nth(len(titles) - 1).get_attribute("id")
    # Escape closes the list and keeps the text; Down opens it again.
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == typed
    for _ in range(titles.index(title) + 1):
        page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(f"{demo_site}{prefix}")
    assert page.locator("h1").inner_text() == title
    context.close()
