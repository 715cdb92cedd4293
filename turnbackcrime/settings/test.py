"""Settings for the test suite (pytest). PostgreSQL in CI via DATABASE_URL."""

from .base import *  # noqa: F403
from .base import os

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SERVE_MEDIA = True
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests use the real Redis on this machine, as production does.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        "KEY_PREFIX": "tbc-test",
    }
}
WAGTAILADMIN_BASE_URL = "http://testserver"
RENDITIONS_ON_REQUEST = True  # tests that never prerender still see pictures (turnbackcrime.images)
