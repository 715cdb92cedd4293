"""Local development (`make run`): debug on, a throwaway key, console email."""

from turnbackcrime.observability.sentry import init_error_tracking

from .base import *  # noqa: F403
from .base import os

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
SERVE_MEDIA = True
# A local admin login is created by `make run` only when this is on.
LOCAL_ADMIN_ALLOWED = True
# Errors to Sentry only when SENTRY_DSN is set; the logs stay human-readable (base.LOGGING).
init_error_tracking("development")
