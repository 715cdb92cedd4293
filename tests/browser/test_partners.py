"""A visitor pledges with the keyboard only, in English and Arabic; axe finds nothing to fix."""

import pytest
from django.core.cache import cache

from partners.models import Pledge, PledgeStatus
from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser

PLEDGE_PATHS = {"en": "/en/take-the-pledge/", "ar": "/ar/taahhud/"}


def active_id(page):
    return page.evaluate("(document.activeElement.id || document.activeElement.type)")


def tab_to(page, target, visited, limit=80):
    """Press Tab until `target` (an element id) has focus; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        current = active_id(page)
        visited.append(current)
        if current == target:
            return
    raise AssertionError(f"Tab never reached {target}; focus went through {visited[-limit:]}")


@pytest.fixture
def quick_form(settings):
    """The live server shares these settings: no "too fast" check, fresh rate-limit counters."""
    settings.PLEDGE_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_keyboard_only_pledge_with_error_state_and_thanks(demo_site, browser_page, quick_form, lang):
    page = browser_page
    page.goto(demo_site + PLEDGE_PATHS[lang])
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert_no_axe_violations(page, f"pledge form ({lang})")
    save_screenshot(page, f"pledge-form-{lang}")

    visited = []
    # Sending the empty form shows every error next to its field.
    tab_to(page, "pledge-submit", visited)
    page.keyboard.press("Enter")
    page.wait_for_selector(".form-errors")
    # Focus starts from the error summary, not from the top of the reloaded page.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'form-errors'")
    assert page.locator("#id_name_error").is_visible()
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert_no_axe_violations(page, f"pledge form errors ({lang})")
    save_screenshot(page, f"pledge-form-errors-{lang}")

    visited = []
    name = "Example Keyboard Police" if lang == "en" else "شرطة المثال"
    statement = (
        "We pledge to share the campaign's advice with every visitor."
        if lang == "en"
        else "نتعهد بنشر نصائح الحملة بين جميع زوارنا."
    )
    tab_to(page, "id_name", visited)
    page.keyboard.type(name)
    tab_to(page, "id_kind", visited)
    page.keyboard.press("ArrowDown")
    tab_to(page, "id_country", visited)
    page.keyboard.press("ArrowDown")
    tab_to(page, "id_statement", visited)
    page.keyboard.type(statement)
    tab_to(page, "id_consent_to_publish", visited)
    page.keyboard.press("Space")
    tab_to(page, "id_contact_name", visited)
    page.keyboard.type("Ana Example")
    tab_to(page, "id_contact_email", visited)
    page.keyboard.type(f"keyboard-{lang}@example.org")
    tab_to(page, "pledge-submit", visited)
    assert "id_homepage" not in visited  # the honeypot is out of the tab order
    page.keyboard.press("Enter")
    page.wait_for_selector(".pledge-thanks")
    assert_no_axe_violations(page, f"pledge thank-you page ({lang})")
    save_screenshot(page, f"pledge-thanks-{lang}")

    pledge = Pledge.objects.get(contact_email=f"keyboard-{lang}@example.org")
    assert pledge.name == name
    assert pledge.statement == statement
    assert pledge.language == lang
    assert pledge.consent_to_publish is True
    assert pledge.status == PledgeStatus.PENDING


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_partner_news_pages_have_no_axe_violations(demo_site, browser, lang):
    paths = {"en": "/en/support/", "ar": "/ar/daam/"}
    for width in (390, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(demo_site + paths[lang])
        assert_no_axe_violations(page, f"partner news ({lang}, {width}px)")
        save_screenshot(page, f"partner-news-{lang}-{width}")
        page.goto(demo_site + paths[lang] + "mali-soutient-turn-back-crime/")
        assert page.locator("article.partner-news").get_attribute("lang") == "fr"
        assert_no_axe_violations(page, f"French-only item ({lang}, {width}px)")
        context.close()
