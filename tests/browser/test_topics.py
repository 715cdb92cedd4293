"""Awareness topics in a real browser: accessibility in English and Arabic, Q&A by keyboard."""

import pytest
from django.utils import translation

from campaigns.models import TopicPage
from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser


def topic_url(lang, slug_en="stay-safe-online"):
    with translation.override(lang):
        return TopicPage.objects.get(slug_en=slug_en).url


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_topic_page_and_index_have_no_axe_violations(demo_site, browser_page, lang):
    browser_page.goto(demo_site + topic_url(lang))
    assert_no_axe_violations(browser_page, f"topic page ({lang})")
    save_screenshot(browser_page, f"topic-{lang}")
    browser_page.goto(f"{demo_site}/{lang}/" + ("topics/" if lang == "en" else "mawadi/"))
    assert_no_axe_violations(browser_page, f"topic index ({lang})")


def test_questions_open_with_the_keyboard(demo_site, browser_page):
    browser_page.goto(demo_site + topic_url("en"))
    summary = browser_page.locator("details.question summary").first
    details = browser_page.locator("details.question").first
    assert details.get_attribute("open") is None
    # Tab through the page until the question's summary has focus, as a keyboard user would.
    for _ in range(40):
        browser_page.keyboard.press("Tab")
        if summary.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the question never received keyboard focus")
    browser_page.keyboard.press("Enter")
    assert details.get_attribute("open") is not None
    assert browser_page.locator(".question__answer").first.is_visible()
    browser_page.keyboard.press("Space")
    assert details.get_attribute("open") is None


def test_theme_filter_chips_work_with_the_keyboard(demo_site, browser_page):
    browser_page.goto(f"{demo_site}/en/topics/")
    cards_before = browser_page.locator(".card").count()
    chip = browser_page.get_by_role("link", name="Cybercrime")
    chip.focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**/topics/?theme=cybercrime")
    assert 0 < browser_page.locator(".card").count() < cards_before
    assert browser_page.locator('.chips a[aria-current="page"]').inner_text() == "Cybercrime"
