"""The site shell in a real browser: accessibility, keyboard, right-to-left layout."""

import pytest

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_home_page_has_no_axe_violations(demo_site, browser_page, lang):
    browser_page.goto(f"{demo_site}/{lang}/")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert_no_axe_violations(browser_page, f"home page ({lang})")


def test_skip_link_is_first_and_moves_focus_to_main(demo_site, browser_page):
    browser_page.goto(f"{demo_site}/en/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert browser_page.locator(".skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main-content"


def test_arabic_layout_is_mirrored(demo_site, browser):
    boxes = {}
    for lang in ("en", "ar"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{demo_site}/{lang}/")
        save_screenshot(page, f"home-{lang}-desktop")
        boxes[lang] = {
            "brand": page.locator(".brand").bounding_box(),
            "switcher": page.locator(".language-switcher").bounding_box(),
            "h1": page.locator("h1").bounding_box(),
        }
        context.close()
    width = 1280
    # English: brand on the left, language switcher on the right; Arabic: the reverse.
    assert boxes["en"]["brand"]["x"] < width / 2 < boxes["en"]["switcher"]["x"]
    assert boxes["ar"]["brand"]["x"] > width / 2 > boxes["ar"]["switcher"]["x"]
    # The heading starts from the right edge in Arabic.
    ar_h1 = boxes["ar"]["h1"]
    assert ar_h1["x"] + ar_h1["width"] > width * 0.75


def test_admin_arabic_inputs_are_right_to_left(demo_site, browser, client):
    # get_user_model(), not the django_user_model fixture: that one opens a transaction
    # (it asks for `db`), and the live server could not see the session saved in it.
    from django.contrib.auth import get_user_model

    from home.models import HomePage

    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "correct-horse-9")
    client.force_login(user)
    session_cookie = client.cookies["sessionid"]
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": session_cookie.value, "url": demo_site}])
    page = context.new_page()
    home = HomePage.objects.get()
    page.goto(f"{demo_site}/admin/pages/{home.pk}/edit/")
    page.wait_for_selector('[name="title_ar"]', state="attached")
    assert page.locator('[name="title_ar"]').get_attribute("dir") == "rtl"
    assert page.locator('[name="intro_ar"]').get_attribute("dir") == "rtl"
    assert page.locator('[name="title_fr"]').get_attribute("dir") != "rtl"
    context.close()
