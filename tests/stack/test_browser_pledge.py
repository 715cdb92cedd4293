"""A visitor pledges in Chromium through Varnish: the page comes from the cache, the form
fetches its tokens when first used, and the pledge is stored once."""

import pytest
from playwright.sync_api import expect

from partners.models import Pledge, PledgePage, PledgeStatus
from tests.stack.conftest import get

pytestmark = pytest.mark.stack


def test_a_visitor_pledges_through_varnish(on_stack_db, browser):
    stack = on_stack_db
    url = stack.url + PledgePage.objects.get().get_url()
    get(url)  # warm the cache: the browser gets the cached page
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        response = page.goto(url)
        assert response.headers["x-cache"] == "HIT"
        assert page.locator("input[name=csrfmiddlewaretoken]").input_value() == ""
        with page.expect_response(lambda r: "visitor-tokens" in r.url):
            page.fill("#id_name", "Browser Cycling Club")
        # The script fills the field once it has read the answer: wait for it, not for the answer.
        expect(page.locator("input[name=csrfmiddlewaretoken]")).not_to_have_value("", timeout=5000)
        page.select_option("#id_kind", "other")
        page.select_option("#id_country", "KE")
        page.fill("#id_statement", "We pledge to talk about counterfeit medicines at every race.")
        page.fill("#id_contact_name", "Amina")
        page.fill("#id_contact_email", "amina@example.org")
        page.wait_for_timeout(1100)  # PLEDGE_MIN_SECONDS is 1 on this stack
        page.click("#pledge-submit")
        page.wait_for_selector("text=Thank you for your pledge")
    finally:
        context.close()
    pledge = Pledge.objects.get(contact_email="amina@example.org")
    assert pledge.status == PledgeStatus.PENDING and pledge.spam_reason == ""


def test_without_javascript_the_form_comes_back_with_the_answers_kept(on_stack_db, browser):
    stack = on_stack_db
    url = stack.url + PledgePage.objects.get().get_url()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(url)
        page.fill("#id_name", "No Script Chess Club")
        page.select_option("#id_kind", "other")
        page.select_option("#id_country", "CL")
        page.fill("#id_statement", "We pledge to discuss online scams at our club evenings.")
        page.fill("#id_contact_name", "Diego")
        page.fill("#id_contact_email", "diego@example.org")
        page.wait_for_timeout(1100)
        page.click("#pledge-submit")
        assert "Please send the form again" in page.locator(".notice").inner_text()
        assert page.locator("#id_name").input_value() == "No Script Chess Club"
        assert page.locator("#id_statement").input_value().startswith("We pledge to discuss")
        assert not Pledge.objects.filter(contact_email="diego@example.org").exists()
        page.click("#pledge-submit")  # sent again, now with the visitor's own token
        page.wait_for_selector("text=Thank you for your pledge")
    finally:
        context.close()
    assert Pledge.objects.filter(contact_email="diego@example.org").count() == 1
