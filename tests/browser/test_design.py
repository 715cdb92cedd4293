"""The visual identity's accessibility promises, measured in the browser.

- Every focus ring has at least 3:1 contrast with the background it is drawn on,
  read from computed styles (outline colour against the nearest painted ancestor),
  on the home page (dark header, red menu bar, night hero, light sections) and the
  pledge page, at desktop width and on a phone with the menu open (English and Arabic).
- Under forced colours (Windows high contrast) every button keeps a visible border
  and the logo keeps its own colours.
- The phone menu is a disclosure that opens and closes from the keyboard.

Few page visits (the suite's time budget): the measurements share them.
"""

import pytest

pytestmark = pytest.mark.browser

# For each focusable, visible element: focus it, read its ring (or, where the ring is
# drawn by a wrapping card via :has(), that card's) and the first ancestor that paints
# a background under it (for an element out of the flow, what is painted where its
# ring is); return the contrast ratio of the two colours.
FOCUS_RING_CONTRASTS = """() => {
    const rgb = (value) => {
        const m = value.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        const parts = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
        return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
    };
    const luminance = (c) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const ratio = (a, b) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
    };
    const painted = (node) => {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        return colour && colour.a > 0.5 ? colour : null;
    };
    const backgroundUnder = (element) => {
        // Taken out of the flow (the skip link): what is painted where its ring is drawn.
        if (["absolute", "fixed"].includes(getComputedStyle(element).position)) {
            const box = element.getBoundingClientRect();
            const x = Math.max(0, box.left - 4), y = box.top + box.height / 2;
            for (const node of document.elementsFromPoint(x, y)) {
                if (node !== element && !element.contains(node) && painted(node)) return painted(node);
            }
        }
        for (let node = element.parentElement; node; node = node.parentElement) {
            const colour = rgb(getComputedStyle(node).backgroundColor);
            if (colour && colour.a > 0.5) return colour;
        }
        return {r: 255, g: 255, b: 255, a: 1};
    };
    const results = [];
    const focusables = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary");
    for (const element of focusables) {
        const box = element.getBoundingClientRect();
        if (!box.width || !box.height || element.closest("[aria-hidden=true]")) continue;
        element.focus();
        if (document.activeElement !== element) continue;
        let ringOwner = element;
        let style = getComputedStyle(element);
        if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0) {
            ringOwner = null;
            for (let node = element.parentElement; node; node = node.parentElement) {
                const s = getComputedStyle(node);
                if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) { ringOwner = node; style = s; break; }
            }
        }
        const label = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") + " " +
            (element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 30);
        if (!ringOwner) { results.push({label, ratio: 0, width: 0}); continue; }
        results.push({
            label,
            ratio: ratio(rgb(style.outlineColor), backgroundUnder(ringOwner)),
            width: parseFloat(style.outlineWidth),
        });
    }
    return results;
}"""


def weak_rings(page):
    page.keyboard.press("Tab")  # keyboard modality: programmatic focus then shows :focus-visible
    results = page.evaluate(FOCUS_RING_CONTRASTS)
    assert len(results) > 10, results
    return [r for r in results if r["ratio"] < 3 or r["width"] < 2]


def test_focus_rings_have_3_to_1_contrast_and_the_phone_menu_is_a_keyboard_disclosure(demo_site, browser):
    """Three page visits: home (en) and pledge (ar) on a desktop, the Arabic home on a phone."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = {}
    for path in ("/en/", "/ar/taahhud/"):
        page.goto(demo_site + path)
        problems[f"{path} 1280px"] = weak_rings(page)

    # A phone: the menu is a disclosure, opened and closed from the keyboard, mirrored in Arabic.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{demo_site}/ar/")
    toggle = page.locator(".site-menu__toggle")
    assert page.locator(".main-menu").is_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    assert page.locator(".main-menu").is_visible()
    assert page.locator("#site-search-q").is_visible()  # the search form is in the menu
    assert toggle.bounding_box()["x"] < page.locator(".brand").bounding_box()["x"]  # button on the left
    page.locator(".main-menu a").first.focus()
    page.keyboard.press("Escape")
    assert page.locator(".main-menu").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('site-menu__toggle')")
    # Its links and search on the red panel.
    page.keyboard.press("Enter")
    problems["/ar/ 390px, menu open"] = weak_rings(page)
    context.close()
    assert not any(problems.values()), problems


def test_forced_colours_keep_buttons_and_the_logo(demo_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, forced_colors="active")
    page = context.new_page()
    page.goto(f"{demo_site}/en/")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    borders = page.evaluate(
        """() => [...document.querySelectorAll(".button, .share__links a, .site-menu__toggle")]
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => {
                const s = getComputedStyle(el);
                return {text: el.textContent.trim(), style: s.borderTopStyle, width: parseFloat(s.borderTopWidth),
                        colour: s.borderTopColor, background: s.backgroundColor};
            })"""
    )
    assert len(borders) >= 3, borders
    invisible = [
        b for b in borders if b["style"] == "none" or b["width"] < 1 or b["colour"] == b["background"]
    ]
    assert not invisible, invisible
    mark = page.evaluate("getComputedStyle(document.querySelector('.brand__mark')).forcedColorAdjust")
    assert mark == "none"
    assert page.locator(".brand__mark").bounding_box()["width"] >= 32
    context.close()
