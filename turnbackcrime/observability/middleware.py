"""The request id and the request log: first in MIDDLEWARE, so it sees every response."""

import logging
import time

import sentry_sdk
from django.conf import settings

from .request_id import HEADER, current_request_id, request_id_from

logger = logging.getLogger("turnbackcrime.requests")
CACHE_STATES = {"HIT", "MISS", "PASS", "REFRESH"}


def staff_id(request):
    """A signed-in staff member's id; None for visitors (no session: no query for the user)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    user = getattr(request, "user", None)
    try:
        return user.pk if user is not None and user.is_authenticated and user.is_staff else None
    except Exception:  # a broken session or database must not break the log line
        return None


def staff_user_processor(request):
    def add_staff_user(event, hint):
        user_id = staff_id(request)
        if user_id is not None:
            event["user"] = {"id": str(user_id)}
        return event

    return add_staff_user


class RequestLogMiddleware:
    """Takes or makes the request id, sets it on the response, logs one line per request.

    The line has no query string (search terms, tokens), no address, no form data. `cache`
    is what Varnish did with a request that reached the app (MISS, PASS, REFRESH: it sends
    X-Cache to the backend); HITs never reach the app and are in Varnish's own log.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_from(request.headers.get(HEADER))
        request.request_id = request_id
        token = current_request_id.set(request_id)
        start = time.perf_counter()
        try:
            if sentry_sdk.get_client().is_active():
                with sentry_sdk.isolation_scope() as scope:
                    scope.set_tag("request_id", request_id)
                    scope.add_event_processor(staff_user_processor(request))
                    response = self.get_response(request)
            else:
                response = self.get_response(request)
            response[HEADER] = request_id
            self.log(request, response, start)
            return response
        finally:
            current_request_id.reset(token)

    def log(self, request, response, start):
        cache = request.headers.get("X-Cache", "").upper()
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - start) * 1000, 1),
            "cache": cache if cache in CACHE_STATES else None,
            "user_id": staff_id(request),
        }
        message = f"{request.method} {request.path} {response.status_code}"
        logger.info(message, extra={"log_fields": fields})
