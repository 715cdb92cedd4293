"""Settings shared by every environment.

Safe by default: DEBUG is off and no secret is committed. `dev`, `test` and
`production` build on this module; only `production` is meant for the public.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "turnbackcrime"
# Everything a local run writes (SQLite file, uploaded media, collected static)
# lives under var/, which git ignores.
VAR_DIR = Path(os.environ.get("TBC_VAR_DIR", BASE_DIR / "var"))

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # wagtail-modeltranslation must come before every app whose models it
    # translates, and its migrate command must win over Django's so that the
    # Page translation columns are synced on every migrate.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # The core (site shell) first, then the domain apps; `home` wires them together.
    "turnbackcrime",
    "campaigns",
    "social",
    "partners",
    "stories",
    "galleries",
    "events",
    "national",
    # Translators' workflow: finds translated models through modeltranslation's registry.
    "translations",
    "home",
    # Installed for its translated country names (its locale/ catalogues).
    "django_countries",
    "django_tasks_db",
    # Admin sign-in: lockout after failed passwords (axes), a second factor (TOTP, django-otp).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: the request id (X-Request-ID) and one log line per request (turnbackcrime/observability).
    "turnbackcrime.observability.middleware.RequestLogMiddleware",
    # Next: requests and latency per view for /metrics/, whatever answers (turnbackcrime.metrics).
    "turnbackcrime.metrics.middleware.RequestMetricsMiddleware",
    # First, so it sees every response (and leaves alone the headers a view set itself).
    "turnbackcrime.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The visitor's address behind our proxy (TRUSTED_PROXIES), before anything reads it.
    "turnbackcrime.proxy.TrustedProxyMiddleware",
    # ETag and 304s on the final content; inside it, the caching headers of public pages.
    "django.middleware.http.ConditionalGetMiddleware",
    "turnbackcrime.http_cache.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "turnbackcrime.two_factor.RequireSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Answers shared by everything that serves one request (page view restrictions).
    "turnbackcrime.request_memo.RequestMemoMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# home wires the domain apps' own URLs (partners.urls) in front of the core's.
ROOT_URLCONF = "home.urls"
WSGI_APPLICATION = "turnbackcrime.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        # A persistent connection is checked before reuse, so a database restart costs no 500.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds rate-limit counters and rendered fragments. Redis when
# REDIS_URL is set (production, CI); a per-process memory cache otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Short timeouts: a Redis that is down or unreachable costs a request half a second at
# most, and the default cache then degrades (reads miss, writes are dropped) rather
# than raising (turnbackcrime.cache). Rate-limit counters have their own alias that
# raises, so partners.spam chooses what an unreadable counter means (it lets the pledge in).
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "turnbackcrime.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tbc",
            "OPTIONS": REDIS_OPTIONS,
        },
        "ratelimit": {
            "BACKEND": "turnbackcrime.cache.PooledRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tbc-rate",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
    }

# Side effects (email, cache purges) run after commit through this queue; `manage.py db_worker` runs it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Failed admin sign-ins are counted per user name AND address together: five wrong passwords
# lock that pair out for an hour, so an attacker elsewhere cannot lock the real user out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "turnbackcrime/admin/locked_out.html"
# A second factor (TOTP) is required of staff who hold any of these permissions (and of
# superusers) when STAFF_2FA_REQUIRED is on: production turns it on; local runs (`make run`)
# and the tests leave it off so a newcomer's local admin is not blocked (TBC_REQUIRE_2FA=true
# turns it on anywhere). Every staff user may enrol at /admin/two-factor/.
STAFF_2FA_REQUIRED = os.environ.get("TBC_REQUIRE_2FA", "false").lower() == "true"
STAFF_2FA_PERMISSIONS = ["partners.moderate_pledge", "auth.add_user", "auth.change_user", "auth.delete_user"]
OTP_TOTP_ISSUER = "Turn Back Crime"

# Rendered fragments (home page sections, menu, footer) kept in that cache; a new
# content version on any publish or snippet change retires them (turnbackcrime.fragments).
FRAGMENT_CACHE = os.environ.get("FRAGMENT_CACHE", "on").lower() not in ("off", "0", "false")
FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", "3600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the organisation's four official languages. Arabic is right-to-left;
# Django's get_language_info() knows that, and base.html reads it.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
# Each app keeps its interface translations in <app>/locale/ (found automatically).
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "fr", "es", "ar")
# An untranslated field shows the English text; templates mark it lang="en".
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Off: serving a page never makes an image rendition; a picture not yet made by
# publishing or `manage.py prerender_images` is left out (turnbackcrime.images).
RENDITIONS_ON_REQUEST = False


def avif_encoder_speed(environ=os.environ):
    """libavif's speed for AVIF renditions from AVIF_ENCODER_SPEED, 0 (slowest, smallest) to 10;
    None (Pillow's 6) when unset. Anything else stops the start with a message, rather than
    failing each publish that makes a rendition."""
    from django.core.exceptions import ImproperlyConfigured

    value = environ.get("AVIF_ENCODER_SPEED", "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) > 10:
        raise ImproperlyConfigured(f"AVIF_ENCODER_SPEED must be a whole number from 0 to 10, not {value!r}.")
    return int(value)


AVIF_ENCODER_SPEED = avif_encoder_speed()


def media_storage(environ=os.environ):
    """Where uploads and renditions go: an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME
    is set (django-storages; README "Media on object storage"), else MEDIA_ROOT on local disk.

    The bucket serves the files itself (its public URL or AWS_S3_CUSTOM_DOMAIN, a CDN
    in front of it), so no page's image needs the app: URLs carry no signature.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "querystring_auth": False,
        # Wagtail names renditions by their source and filter; never overwrite an upload.
        "file_overwrite": False,
        "location": environ.get("AWS_LOCATION", ""),
        "default_acl": environ.get("AWS_DEFAULT_ACL") or None,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
        "addressing_style": "AWS_S3_ADDRESSING_STYLE",
        "url_protocol": "AWS_S3_URL_PROTOCOL",
        # Keys may also come from the instance's role or ~/.aws: boto3 finds them itself.
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
    }
    options.update({option: environ[name] for option, name in optional.items() if environ.get(name)})
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Backups (`make backup`; turnbackcrime/backup/) go into BACKUP_DIR/<UTC time>/. The erasure
# log (what "erase contact details" removed: ids, times, staff ids, no personal data) is kept
# outside every backup, and each restore erases again what it names (README "Erasure and
# backups"): a JSON-lines file at ERASURE_LOG, or objects in ERASURE_LOG_BUCKET when set.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", VAR_DIR / "backups"))
ERASURE_LOG = Path(os.environ.get("ERASURE_LOG", VAR_DIR / "erasure-log" / "erasures.jsonl"))


def erasure_log_s3(environ=os.environ):
    """The erasure log's bucket (not the media bucket), with the AWS_* endpoint and keys; or None."""
    bucket = environ.get("ERASURE_LOG_BUCKET", "")
    if not bucket:
        return None
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
    }
    options = {"bucket": bucket, "prefix": environ.get("ERASURE_LOG_PREFIX", "erasures/")}
    options.update({option: environ[name] for option, name in optional.items() if environ.get(name)})
    return options


ERASURE_LOG_S3 = erasure_log_s3()

# Serve uploaded media from Django itself (local runs and the browser tests'
# live server). Production serves media from its web server or object storage.
SERVE_MEDIA = False

WAGTAIL_SITE_NAME = "Turn Back Crime"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No call from the admin to releases.wagtail.org (the CSP's connect-src would block it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_I18N_ENABLED = False  # one page tree, translated fields (modeltranslation)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# "Where to report it" falls back to INTERPOL's general guidance (go to the police of the
# country) when a country has no reporting contact; this is the link it gives.
REPORTING_GUIDANCE_URL = os.environ.get("REPORTING_GUIDANCE_URL", "https://www.interpol.int/")
# Content-Security-Policy (turnbackcrime.security): where media come from when not from this
# site (e.g. an S3 bucket's address), and the video players that page bodies embed.
CSP_MEDIA_SOURCES = [s.strip() for s in os.environ.get("CSP_MEDIA_SOURCES", "").split(",") if s.strip()]
CSP_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Full-page cache (Varnish, a CDN): how long shared caches keep a public page (they are
# purged on publish, so this bounds only what a lost purge could leave), and how long
# they may serve the last good page while fetching a new one or while the app is down.
HTTP_CACHE_S_MAXAGE = int(os.environ.get("HTTP_CACHE_S_MAXAGE", "3600"))
HTTP_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("HTTP_CACHE_STALE_WHILE_REVALIDATE", "60"))
HTTP_CACHE_STALE_IF_ERROR = int(os.environ.get("HTTP_CACHE_STALE_IF_ERROR", str(24 * 3600)))
# What to purge when content changes (turnbackcrime.frontend_cache): Varnish by HTTP PURGE
# when FRONTEND_CACHE_VARNISH_URL is set; CloudFront or Cloudflare when their ids are set.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_VARNISH_URL"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
    }
# Proxies whose X-Forwarded-For is trusted (comma-separated addresses), e.g. Varnish's.
TRUSTED_PROXIES = [a.strip() for a in os.environ.get("TRUSTED_PROXIES", "").split(",") if a.strip()]
# Every language's URL is computed from its own translated slugs, not by swapping /en/.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Prometheus metrics at /metrics/ (turnbackcrime.metrics, README "Metrics and alerts"): for
# scrapers at these addresses or networks (comma-separated) reaching the app node directly,
# or for any request with `Authorization: Bearer <METRICS_TOKEN>` (off while unset).
METRICS_ALLOWED_IPS = [
    a.strip() for a in os.environ.get("METRICS_ALLOWED_IPS", "127.0.0.1,::1").split(",") if a.strip()
]
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")

# Pledges: who is told of each new pledge (comma-separated addresses). Any form
# whose CSRF check fails gets a friendly, translated page.
PLEDGE_MODERATOR_EMAILS = [
    address.strip() for address in os.environ.get("PLEDGE_MODERATOR_EMAILS", "").split(",") if address.strip()
]
CSRF_FAILURE_VIEW = "turnbackcrime.views.csrf_failure"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Turn Back Crime <noreply@localhost>")

# Pledge limits, each readable from the environment (the form's help texts are built from them).
PLEDGE_RATE_LIMIT = int(os.environ.get("PLEDGE_RATE_LIMIT", "10"))  # POSTs per address per window
PLEDGE_RATE_WINDOW = int(os.environ.get("PLEDGE_RATE_WINDOW", "3600"))  # seconds
PLEDGE_MIN_SECONDS = int(os.environ.get("PLEDGE_MIN_SECONDS", "3"))  # faster than this looks automated
PLEDGE_TOKEN_MAX_AGE = int(os.environ.get("PLEDGE_TOKEN_MAX_AGE", str(2 * 24 * 3600)))  # form left open
PLEDGE_CONFIRMATION_MAX_AGE = int(os.environ.get("PLEDGE_CONFIRMATION_MAX_AGE", str(7 * 24 * 3600)))
PLEDGE_LOGO_MAX_BYTES = int(os.environ.get("PLEDGE_LOGO_MAX_BYTES", str(2 * 1024 * 1024)))
# A logo is shown at most 240 × 120: a million pixels (1000 × 1000) is plenty, and decoding
# that costs a worker about 4 MB, where 4000 × 4000 cost 369 MB on approval.
PLEDGE_LOGO_MAX_PIXELS = int(os.environ.get("PLEDGE_LOGO_MAX_PIXELS", str(1000 * 1000)))
# Pledge emails go through the task queue: a failed send is tried again after
# PLEDGE_EMAIL_RETRY_SECONDS, doubling each time, PLEDGE_EMAIL_MAX_ATTEMPTS times in all.
PLEDGE_EMAIL_MAX_ATTEMPTS = int(os.environ.get("PLEDGE_EMAIL_MAX_ATTEMPTS", "6"))
PLEDGE_EMAIL_RETRY_SECONDS = int(os.environ.get("PLEDGE_EMAIL_RETRY_SECONDS", "60"))
# Links in email sent by the worker (no request to take the host from): the public site's address.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# Human-readable, addresses redacted; production.py replaces it with JSON lines.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "turnbackcrime.observability.logs.RedactEmailFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
