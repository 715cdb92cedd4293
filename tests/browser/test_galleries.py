"""Galleries in a real browser: the lightbox by keyboard and touch, accessibility, bytes on a phone.

The demo content (three galleries, every rendition made) is served by the session's
live server; the checks are grouped into few tests to keep the suite quick.
"""

import re
import time

import pytest
from django.core.cache import cache

from tests.browser.fixtures import assert_no_axe_violations, save_screenshot

pytestmark = pytest.mark.browser

LAUNCH_EN = "/en/galleries/campaign-launch/"
LAUNCH_AR = "/ar/maarid-alsuwar/itlaq-alhamla-fi-khams-mudun/"


@pytest.fixture
def gallery_site(demo_site):
    # Renditions are cached by image id and file hash; an earlier test's entries
    # may name rows of another database. Start clean so each image is looked up.
    cache.clear()
    return demo_site


def lightbox_open(page):
    return page.evaluate("document.querySelector('dialog.lightbox').open")


def focus_in_dialog(page):
    return page.evaluate("document.querySelector('dialog.lightbox').contains(document.activeElement)")


FOCUSED_INDEX = (
    "Array.prototype.indexOf.call(document.querySelectorAll('.gallery-grid__link'), document.activeElement)"
)


def wait_until(page, expression, expected=True, timeout=2.0):
    """`expression`'s value in the page once it equals `expected` (or after `timeout` seconds).

    Polled from here with page.evaluate: Playwright's wait_for_function evaluates its
    predicate from a string when it has to poll, which the site's CSP (no unsafe-eval) refuses.
    """
    deadline = time.monotonic() + timeout
    value = page.evaluate(expression)
    while value != expected and time.monotonic() < deadline:
        page.wait_for_timeout(25)
        value = page.evaluate(expression)
    return value


def focused_thumbnail_index(page, expected):
    """The thumbnail with focus once the dialog's close has settled (waits up to 2 s for `expected`)."""
    return wait_until(page, FOCUSED_INDEX, expected)


def wait_for_lightbox_image(page):
    image = "(() => { const i = document.querySelector('.lightbox__media img'); return !!(i && i.complete && i.naturalWidth > 0); })()"
    assert wait_until(page, image, timeout=10), "the lightbox's photo did not load"


def test_lightbox_by_keyboard_with_no_axe_violations_in_english_and_arabic(gallery_site, browser_page):
    page = browser_page
    page.goto(gallery_site + LAUNCH_EN)
    assert_no_axe_violations(page, "gallery page (en)")
    links = page.locator(".gallery-grid__link")
    assert links.count() == 6
    captions = page.locator(".gallery-grid__caption-text").all_inner_texts()
    status = page.locator("[data-lightbox-status]")
    caption = page.locator("[data-lightbox-caption]")

    # Open the third photo from the keyboard.
    links.nth(2).focus()
    page.keyboard.press("Enter")
    assert wait_until(page, "document.querySelector('dialog.lightbox').open", timeout=5)
    assert focus_in_dialog(page)
    assert status.inner_text() == "Photo 3 of 6"
    assert status.get_attribute("aria-live") == "polite"
    assert caption.inner_text() == captions[2]
    assert page.locator("[data-lightbox-credit]").inner_text() == "Placeholder illustration (demo content)"
    wait_for_lightbox_image(page)
    # The browser picks the AVIF source of the full-size view.
    assert page.evaluate("document.querySelector('.lightbox__media img').currentSrc").endswith(".avif")

    page.keyboard.press("ArrowRight")
    assert status.inner_text() == "Photo 4 of 6"
    assert caption.inner_text() == captions[3]
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert status.inner_text() == "Photo 2 of 6"
    # Wraps around at both ends.
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert status.inner_text() == "Photo 6 of 6"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert status.inner_text() == "Photo 2 of 6"

    # Tab and Shift+Tab stay inside the dialog.
    for _ in range(5):
        page.keyboard.press("Tab")
        assert focus_in_dialog(page)
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
        assert focus_in_dialog(page)

    assert_no_axe_violations(page, "lightbox open (en)")
    save_screenshot(page, "gallery-lightbox-en-desktop")

    # Escape closes; focus returns to the thumbnail of the photo last shown.
    page.keyboard.press("Escape")
    assert wait_until(page, "!document.querySelector('dialog.lightbox').open", timeout=5)
    assert focused_thumbnail_index(page, 1) == 1

    # The Close button does the same.
    page.keyboard.press("Enter")
    assert wait_until(page, "document.querySelector('dialog.lightbox').open", timeout=5)
    assert status.inner_text() == "Photo 2 of 6"
    page.locator("[data-lightbox-close]").click()
    assert not lightbox_open(page)
    assert focused_thumbnail_index(page, 1) == 1

    # Arabic: right to left, so the left arrow moves forward.
    page.goto(gallery_site + LAUNCH_AR)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_no_axe_violations(page, "gallery page (ar)")
    page.locator(".gallery-grid__link").nth(0).focus()
    page.keyboard.press("Enter")
    assert wait_until(page, "document.querySelector('dialog.lightbox').open", timeout=5)
    assert status.inner_text() == "الصورة 1 من 6"
    page.keyboard.press("ArrowLeft")
    assert status.inner_text() == "الصورة 2 من 6"
    wait_for_lightbox_image(page)
    assert_no_axe_violations(page, "lightbox open (ar)")
    save_screenshot(page, "gallery-lightbox-ar-desktop")
    page.keyboard.press("Escape")
    assert wait_until(page, "!document.querySelector('dialog.lightbox').open", timeout=5)
    assert focused_thumbnail_index(page, 1) == 1


def _candidates(page):
    """For each loaded grid thumbnail: the chosen URL, its displayed CSS width and the srcset offered."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.gallery-grid__link img'))
            .filter(img => img.complete && img.currentSrc)
            .map(img => {
                const picture = img.closest('picture');
                const srcsets = Array.from(picture.querySelectorAll('source')).map(s => s.srcset);
                srcsets.push(img.srcset);
                return {src: img.currentSrc, cssWidth: img.getBoundingClientRect().width, srcsets: srcsets};
            })"""
    )


def _parse_srcset(srcset):
    return [(url, int(width)) for url, width in re.findall(r"(\S+)\s+(\d+)w", srcset)]


def test_phone_gallery_image_bytes_candidates_swipe_and_no_javascript(gallery_site, browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    image_responses = []
    page.on("response", lambda r: image_responses.append(r) if r.request.resource_type == "image" else None)
    page.goto(gallery_site + LAUNCH_EN, wait_until="networkidle")

    total = 0
    for response in image_responses:
        assert response.status == 200, response.url
        total += len(response.body())
    loaded = _candidates(page)
    assert loaded, "no thumbnail loaded"
    report = []
    for image in loaded:
        offered = next(
            _parse_srcset(s) for s in image["srcsets"] if any(u in image["src"] for u, _w in _parse_srcset(s))
        )
        chosen = next(w for u, w in offered if u in image["src"])
        widths = sorted(w for _u, w in offered)
        needed = 2 * image["cssWidth"]
        # The smallest candidate that covers the displayed width at 2x, or the largest there is.
        allowed = next((w for w in widths if w >= needed), widths[-1])
        assert chosen <= allowed, f"{image['src']}: {chosen}w chosen for {image['cssWidth']:.0f} CSS px"
        assert image["src"].endswith((".avif", ".webp")), image["src"]
        report.append(f"{chosen}w for {image['cssWidth']:.0f}px")
    save_screenshot(page, "gallery-en-390")
    print(
        f"\nGallery at 390px (DPR 2): {len(image_responses)} image responses, {total} bytes; "
        f"{len(loaded)} thumbnails loaded: {', '.join(report)}"
    )

    # Swipe in the lightbox: a leftward swipe shows the next photo (left-to-right page).
    page.locator(".gallery-grid__link").nth(0).click()
    assert wait_until(page, "document.querySelector('dialog.lightbox').open", timeout=5)
    status = page.locator("[data-lightbox-status]")
    assert status.inner_text() == "Photo 1 of 6"
    swipe = """(dx) => {
        const el = document.querySelector('[data-lightbox-media]');
        const touch = (x) => new Touch({identifier: 1, target: el, clientX: x, clientY: 300});
        const fire = (type, x, touches) => el.dispatchEvent(
            new TouchEvent(type, {changedTouches: [touch(x)], touches: touches, bubbles: true}));
        fire('touchstart', 300, [touch(300)]);
        fire('touchend', 300 + dx, []);
    }"""
    page.evaluate(swipe, -150)
    assert status.inner_text() == "Photo 2 of 6"
    page.evaluate(swipe, 150)
    assert status.inner_text() == "Photo 1 of 6"
    save_screenshot(page, "gallery-lightbox-en-390")
    context.close()

    # Without JavaScript a thumbnail is a plain link to the full-size photo.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(gallery_site + LAUNCH_EN)
    href = page.locator(".gallery-grid__link").nth(0).get_attribute("href")
    with page.expect_response(lambda r: href in r.url) as response_info:
        page.locator(".gallery-grid__link").nth(0).click()
    response = response_info.value
    assert response.status == 200
    assert response.headers["content-type"] == "image/jpeg"
    context.close()
