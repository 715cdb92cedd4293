"""Production: every secret and host comes from the environment.

A missing required variable stops the process at start-up with its name,
rather than running with an unsafe default.
"""

from django.core.exceptions import ImproperlyConfigured

from turnbackcrime.observability.logs import json_logging
from turnbackcrime.observability.sentry import init_error_tracking

from .base import *  # noqa: F403
from .base import DATABASES, media_storage, os


def require_env(name):
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in require_env("ALLOWED_HOSTS").split(",") if h.strip()]
require_env("DATABASE_URL")  # read by base.py; SQLite is for local runs only
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    raise ImproperlyConfigured("DATABASE_URL points to SQLite: production needs PostgreSQL.")
# Persistent connections (checked before reuse, CONN_HEALTH_CHECKS in base.py): no new
# PostgreSQL connection per request.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "600"))
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
WAGTAILADMIN_BASE_URL = require_env("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Off only for a local run over plain HTTP (`make serve` sets SECURE_COOKIES=false).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("SECURE_COOKIES", "true").lower() == "true"
X_FRAME_OPTIONS = "DENY"
# Staff who moderate pledges or manage users must sign in with a second factor.
STAFF_2FA_REQUIRED = os.environ.get("TBC_REQUIRE_2FA", "true").lower() == "true"

# Static files are served by the app itself, compressed and with cache-busting names.
# Right after SecurityMiddleware (and the security headers before it), so static files get them too.
_after = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1  # noqa: F405
MIDDLEWARE = [*MIDDLEWARE[:_after], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[_after:]]  # noqa: F405
STORAGES = {
    # Local disk, or the S3 bucket named by AWS_STORAGE_BUCKET_NAME (base.media_storage).
    "default": media_storage(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The app serves uploaded media only when no web server or object storage does (`make serve`).
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"
PLEDGE_MIN_SECONDS = int(os.environ.get("PLEDGE_MIN_SECONDS", "3"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
if os.environ.get("EMAIL_FILE_PATH"):  # the file backend of `make serve` without a mail server
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]

# Errors and logs (turnbackcrime/observability): one JSON line per request and per warning
# on stderr (LOG_LEVEL=WARNING leaves out the request lines); Sentry when SENTRY_DSN is set.
LOGGING = json_logging(os.environ.get("LOG_LEVEL", "INFO"))
init_error_tracking("production")
