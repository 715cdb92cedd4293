"""The pledge badge on another site, and the new pledge page states with axe (issue #15).

A page served by a local HTTP server (tests/support/local_http.py) on another port, so another
origin, frames the badge and shows its SVG image; the browser reads the count inside the frame.
"""

import pytest

from partners.models import Pledge
from tests.browser.fixtures import assert_no_axe_violations, save_screenshot
from tests.support.local_http import LocalServer

pytestmark = pytest.mark.browser

PLEDGE_PATHS = {"en": "/en/take-the-pledge/", "ar": "/ar/taahhud/"}


@pytest.fixture(scope="module")
def partner_site(demo_live_server):
    """A partner's page on its own origin (127.0.0.1 on a free port; the live server is `localhost`)."""
    _name, site = demo_live_server
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Example partner</title></head>"
        f"<body><main><h1>Example partner</h1>"
        f"<iframe src='{site}/badge/en/' title='Turn Back Crime pledge' width='320' height='170'></iframe>"
        f"<img id='svg-badge' src='{site}/badge/fr.svg' alt='Turn Back Crime' width='440' height='132'>"
        "</main></body></html>"
    )
    with LocalServer({"/": (200, "text/html; charset=utf-8", page.encode())}) as server:
        yield server.base_url + "/"


def test_badge_embedded_on_another_origin_shows_the_live_count(demo_site, partner_site, browser_page):
    page = browser_page
    page.goto(partner_site)
    frame = page.frame_locator("iframe")
    count = frame.locator(".badge__count")
    count.wait_for()
    public = Pledge.objects.public().count()
    assert int(count.get_attribute("data-count")) == public
    assert count.inner_text().startswith(f"{public} organisations")
    assert frame.locator("progress").count() == 1
    assert page.evaluate("document.getElementById('svg-badge').naturalWidth") == 440
    save_screenshot(page, "badge-on-partner-site")
    page.goto(demo_site + "/badge/ar/")
    assert_no_axe_violations(page, "badge (ar)")


# English and Arabic pledge pages (with the map, progress and badge code) are also checked by
# test_partners.py; Arabic, the harder case, goes on to the filtered wall and a pledge's page.
@pytest.mark.parametrize("lang", ["ar"])
def test_pledge_page_map_progress_filters_and_pledge_page_are_axe_clean(demo_site, browser, lang):
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(demo_site + PLEDGE_PATHS[lang])
    assert page.locator(".pledge-map svg a").count() == page.locator(".pledge-map__table tbody tr").count()
    assert_no_axe_violations(page, f"pledge page with map and progress ({lang})")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    save_screenshot(page, f"pledge-map-{lang}")
    # A country on the map opens the wall filtered by it.
    page.locator(".pledge-map svg a").first.click()
    page.wait_for_url("**?country=*")
    assert page.locator(".pledge-card").count() >= 1
    assert_no_axe_violations(page, f"filtered wall ({lang})")
    page.locator(".pledge-card__name a").first.click()
    page.wait_for_selector(".public-pledge")
    assert_no_axe_violations(page, f"public pledge page ({lang})")
    assert page.locator("#badge-code-frame").input_value().startswith("<iframe src=")
    context.close()
