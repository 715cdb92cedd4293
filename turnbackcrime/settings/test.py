"""Settings for the test suite (pytest). PostgreSQL in CI via DATABASE_URL.

The non-browser tests run in parallel (pytest-xdist): each worker (PYTEST_XDIST_WORKER,
gw0, gw1, …) gets its own database (pytest-django adds the suffix), its own media folder
and its own in-process cache, so no worker sees another's files or counters. Tests that
need the real Redis ask for the `redis_cache` fixture (tests/conftest.py), which gives
each worker its own Redis database number.
"""

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES, VAR_DIR, os

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = VAR_DIR / "test-media" / TEST_WORKER
# Local disk whatever the environment says; the object storage tests set their own
# (tests/turnbackcrime/test_s3_media.py).
STORAGES = {**STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
# Each worker's own erasure log, never the local run's; the backup tests point it at a file of their own.
ERASURE_LOG = VAR_DIR / "test-erasure-log" / f"{TEST_WORKER}.jsonl"
ERASURE_LOG_S3 = None
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# In-process and per worker; the live server of the browser tests runs in the same
# process, so it shares this cache with the test that drives it.
# No culling (LocMem keeps 300 entries by default): a page with many images caches a
# rendition per image, which would push out Wagtail's site root paths mid-request.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
}
# Where `redis_cache` points the cache: REDIS_URL's database number for the first
# worker, one lower for each further worker (wrapping within 0-15).
TEST_REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tasks (pledge emails, Wagtail's own) run at once, inside the request, so the suite needs no
# worker and mail.outbox holds the email when the response is back. The queue's own tests
# switch to the database backend (override_settings) and run the real worker in-process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Most tests never look at an image: publishing makes no renditions unless a test
# asks for them with the `renditions_on_save` fixture.
RENDITIONS_ON_SAVE = False
# Likewise saving a page does not update the site search index (turnbackcrime.search.indexing)
# unless a test asks for the `search_index_on_save` fixture; the demo snapshot is indexed.
SEARCH_INDEX_ON_SAVE = False

# SQLite test databases are files, not :memory:, so the demo snapshot can be
# copied (tests/demo_snapshot.py); pytest-django adds the worker suffix.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
# Renditions are still AVIF, WebP and JPEG; AVIF made at libavif speed 8, not Pillow's 6 (a quarter
# of the CPU time, files ~12 % larger: the page-weight tests check heavier pictures than production's).
AVIF_ENCODER_SPEED = 8
RENDITIONS_ON_REQUEST = True  # tests that never prerender still see pictures (turnbackcrime.images)
