"""Fixtures every test can use: the page tree, query counting, HTML validation."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from tests.factories import build_home_page
from tests.html_validator import NuHtmlChecker

pytest_plugins = ["tests.browser.fixtures"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Fill the default-language translation columns on the fresh test database.

    Without this the root page's url_path_en stays empty and page.url is None.
    """
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (Redis): no rendition or counter from an earlier test."""
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a request served earlier leaves its language active."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def home_page(db):
    """A published HomePage in all four languages, root of the default Site."""
    return build_home_page()


@pytest.fixture(scope="session")
def html_checker():
    """The Nu Html Checker (vnu.jar), started once per test session on a local port."""
    checker = NuHtmlChecker()
    checker.start()
    yield checker
    checker.stop()


@pytest.fixture
def assert_valid_html(html_checker):
    return html_checker.assert_valid
