"""Browser-test rails: Debian's Chromium driven by Playwright against a live server.

Playwright's sync API runs an event loop in the test thread; Django would then
refuse ORM calls from that thread, so the browser tests allow it explicitly.

One live server serves the whole session, on one copy of the demo snapshot
(tests/demo_snapshot.py), and nothing flushes it between tests. Tests that write
to it (a pledge, an editor's account) are written so that what they add is never
shown to the others: a new pledge stays pending, so no public page lists or
counts it, and an account only shows in the admin.
"""

import os
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from tests.demo_snapshot import use_database

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def browser_page(browser):
    """A fresh browser tab (own cookies) at a desktop-sized viewport (1280 x 900)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def demo_live_server(demo_snapshot, django_db_blocker):
    """Django's live server thread on this session's copy of the demo: (database name, URL).

    Not pytest-django's `live_server`, whose tests flush the database after each one.
    Each request connects afresh to the database the default settings name, which
    `demo_site` points at this copy for the length of each browser test.
    """
    with django_db_blocker.unblock():
        name = demo_snapshot.copy("live")
    server = LiveServerThread("localhost", StaticFilesHandler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield name, f"http://localhost:{server.port}"
    server.terminate()
    with django_db_blocker.unblock():
        demo_snapshot.drop(name)


@pytest.fixture
def demo_site(demo_live_server, django_db_blocker):
    """The demo content served by a live server: what a visitor of `make run` sees.

    The test's own ORM calls go to the same database, outside any transaction, so
    what it writes (a logged-in session) is what the server reads.
    """
    name, url = demo_live_server
    with use_database(name), django_db_blocker.unblock():
        yield url


def assert_no_axe_violations(page, label=""):
    """Run axe-core (bundled with axe-playwright-python, offline) and fail on any violation."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, f"axe violations {label}:\n{results.generate_report()}"


def save_screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
