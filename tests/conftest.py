"""Fixtures every test can use: the page tree, the demo site, caches, HTML validation."""

import os
import shutil
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.utils import translation

from tests.demo_snapshot import DemoSnapshot, setup_worker_database, use_database
from tests.factories import build_home_page
from tests.html_validator import NuHtmlChecker

pytest_plugins = ["tests.browser.fixtures"]


# `make test`'s one pytest run gives each of these groups to one xdist worker (`--dist
# loadgroup`, scheduled by `pytest_xdist_make_scheduler` below): the stack tests (Varnish, two
# gunicorn nodes, the task worker, S3: started once per worker that runs any) and the browser
# tests, whose modules alternate in name order between BROWSER_GROUPS groups (each a live server
# on a demo copy and a Chromium). Every other test is a unit of its own, on any worker.
BROWSER_GROUPS = int(os.environ.get("TBC_BROWSER_GROUPS", "2"))


def xdist_group(nodeid, browser_modules):
    path = nodeid.split("::", 1)[0]
    if path.startswith("tests/stack/"):
        return "stack"
    if path in browser_modules:
        return f"browser-{browser_modules.index(path) % BROWSER_GROUPS}"
    return None


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown to pytest when xdist is off (-p no:xdist)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup` by the groups above, told from each test's path (the controller has no
    markers; xdist's own `xdist_group` marks did not reach its scheduler here).

    xdist hands out the largest units first, so the groups start at once, each on a worker of
    its own, while the other workers run the rest.
    """
    if config.getoption("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Groups(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            if not hasattr(self, "_browser_modules"):
                paths = {id_.split("::", 1)[0] for id_ in self.collection}
                self._browser_modules = sorted(p for p in paths if p.startswith("tests/browser/"))
            return xdist_group(nodeid, self._browser_modules) or nodeid

    return Groups(config, log)


def pytest_collection_modifyitems(items):
    """The tests on the demo site run after the others (each group in its usual order).

    So the snapshot that `make test` builds in the background (tests/demo_snapshot.py) is
    ready before a worker needs it, and no worker sits waiting while another builds it.
    """
    items.sort(key=lambda item: "demo_snapshot" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """This worker's test database: a copy of the run's migrated template, its translation
    columns filled (tests/demo_snapshot.py `setup_worker_database`), or kept with --reuse-db.

    Always set up, unlike pytest-django's, which skips it when no collected test asks
    for `db`: the browser tests reach the database through `demo_site` only. Without
    update_translation_fields the root page's url_path_en stays empty and page.url is None.
    """
    from django.test.utils import teardown_databases

    keepdb = django_db_keepdb and not django_db_createdb
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        config = setup_worker_database(keepdb)
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=verbosity)


@pytest.fixture(scope="session", autouse=True)
def fresh_media():
    """This worker's media folder starts empty: files of an earlier run belong to rolled-back rows."""
    shutil.rmtree(django_settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no rendition or counter from an earlier test."""
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
    """The Nu Html Checker (vnu.jar) on a local port: `make test`'s, or started once for this session."""
    port = os.environ.get("TBC_HTML_CHECKER_PORT")
    checker = NuHtmlChecker(int(port) if port else None)
    checker.start()
    yield checker
    checker.stop()


@pytest.fixture
def assert_valid_html(html_checker):
    return html_checker.assert_valid


@pytest.fixture(scope="session")
def demo_snapshot(request, django_db_setup, django_db_blocker):
    """The demo site, built once per session (or reused with --reuse-db): tests/demo_snapshot.py."""
    reuse = request.config.getvalue("reuse_db") and not request.config.getvalue("create_db")
    with django_db_blocker.unblock():
        return DemoSnapshot().ensure(reuse)


@pytest.fixture(scope="session")
def demo_database(demo_snapshot, django_db_blocker):
    """This worker's copy of the snapshot; each test on it runs in a transaction that is rolled back."""
    with django_db_blocker.unblock():
        name = demo_snapshot.copy("demo")
    yield name
    with django_db_blocker.unblock():
        demo_snapshot.drop(name)


@pytest.fixture
def on_demo_database(demo_database):
    with use_database(demo_database):
        yield


@pytest.fixture
def demo_content(on_demo_database, db):
    """The demo site, as `make run` builds it, in this test's database (rolled back after).

    List it before any fixture that uses the database (`admin_client`, `home_page`):
    the test's transaction must open on the demo copy. Tests using it carry no
    `django_db` mark, which would open the transaction first.
    """


@pytest.fixture
def renditions_on_save(settings):
    """Publishing (and saving partners and posts) makes renditions, as in production.

    Off by default in tests (RENDITIONS_ON_SAVE in settings/test.py): most tests never look
    at an image. Tests of the renditions that publishing makes ask for this fixture.
    """
    settings.RENDITIONS_ON_SAVE = True


@pytest.fixture
def search_index_on_save(settings):
    """Saving and deleting pages updates the site search index, as in production.

    Off by default in tests (SEARCH_INDEX_ON_SAVE in settings/test.py): indexing every page
    a test creates costs time most tests never use. The demo snapshot is indexed.
    """
    settings.SEARCH_INDEX_ON_SAVE = True


def worker_redis_url(url, worker):
    """REDIS_URL with a database number of this worker's own: gw0 keeps it, gw1 one lower, and so on."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0)
    index = int(worker[2:]) if worker.startswith("gw") else 0
    return urlunsplit(parts._replace(path=f"/{(number - index) % 16}"))


@pytest.fixture
def redis_cache(settings):
    """The real Redis as the cache (production's backends), in a database number only this worker uses.

    `cache.clear()` empties that whole database, so no other worker's counters go with it.
    """
    location = worker_redis_url(django_settings.TEST_REDIS_URL, django_settings.TEST_WORKER)
    settings.CACHES = {
        "default": {
            "BACKEND": "turnbackcrime.cache.DegradingRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "tbc-test",
        },
        "ratelimit": {
            "BACKEND": "turnbackcrime.cache.PooledRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "tbc-test-rate",
        },
    }
    cache.clear()
    yield
    cache.clear()
