"""HTTP caching headers for public pages, so Varnish (or a CDN) serves them from cache.

An anonymous GET of a public page gets `Cache-Control: public, max-age=0, s-maxage=…,
stale-while-revalidate=…, stale-if-error=…`: shared caches keep it (and are purged on
publish, turnbackcrime.frontend_cache), browsers revalidate it every time with the ETag
that Django's ConditionalGetMiddleware adds (a 304 when nothing changed). Everything else
(admin, preview, a logged-in editor, a POST, search with a query, a response that sets a
cookie) is `private, no-cache`. A view that sets its own Cache-Control keeps it.

Last-Modified is the time of the site's last content change (publish, snippet save),
shared by every node through the cache: no page can have changed after it.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

logger = logging.getLogger(__name__)

CONTENT_CHANGED_KEY = "http-cache:content-changed-at"
# Responses a shared cache may keep; others (a 500, a 429, a 403) always reach the app.
CACHEABLE_STATUSES = {200, 203, 301, 404, 410}
# Never cached, whoever asks: the admin, document downloads (privacy rules per document).
PRIVATE_PREFIXES = ("/admin/", "/documents/")
# URL names whose responses depend on the query: search with a query.
QUERY_DEPENDENT_URL_NAMES = {"search": "q"}


def s_maxage():
    return getattr(settings, "HTTP_CACHE_S_MAXAGE", 3600)


def stale_while_revalidate():
    return getattr(settings, "HTTP_CACHE_STALE_WHILE_REVALIDATE", 60)


def stale_if_error():
    return getattr(settings, "HTTP_CACHE_STALE_IF_ERROR", 24 * 3600)


def content_changed():
    """Record that public content changed now (Last-Modified of every page moves on)."""
    try:
        cache.set(CONTENT_CHANGED_KEY, int(time.time()), timeout=None)
    except Exception:  # a cache outage must not stop a publish
        logger.warning("Could not record the content change time", exc_info=True)


def content_changed_at():
    """The time of the last content change, set to now the first time it is asked for."""
    try:
        value = cache.get(CONTENT_CHANGED_KEY)
        if value is None:
            value = int(time.time())
            cache.add(CONTENT_CHANGED_KEY, value, timeout=None)
        return value
    except Exception:  # no Redis, no Last-Modified: the page still serves
        return None


def is_editor_request(request):
    """A logged-in editor (or anyone with a session): their pages are their own."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_public_response(request, response):
    if request.method not in ("GET", "HEAD"):
        return False
    if response.status_code not in CACHEABLE_STATUSES or response.streaming:
        return False
    if request.path.startswith(PRIVATE_PREFIXES) or getattr(request, "is_preview", False):
        return False
    if is_editor_request(request) or response.cookies:
        return False
    match = getattr(request, "resolver_match", None)
    query_parameter = QUERY_DEPENDENT_URL_NAMES.get(match.url_name) if match is not None else None
    return not (query_parameter and request.GET.get(query_parameter))


class PublicCacheMiddleware:
    """Adds the caching headers above; sits inside ConditionalGetMiddleware (which adds the ETag)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_public_response(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=s_maxage(),
                stale_while_revalidate=stale_while_revalidate(),
                stale_if_error=stale_if_error(),
            )
            changed_at = content_changed_at()
            if changed_at is not None and not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(changed_at)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
