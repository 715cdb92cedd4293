"""Error tracking: sentry-sdk, on only when SENTRY_DSN is set, with personal data scrubbed.

What reaches Sentry: the exception (type, message with addresses redacted, stack trace
without local variables), the release, the environment, the request's method, path and
a few harmless headers, the request id (tag) and a staff user's id. Never the form body,
cookies, query string, the visitor's address, a pledger's name or email.
"""

import os

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.utils import get_default_release

from .scrub import redact_all

# Request headers kept in a report; every other one (Cookie, Referer with its query
# string, X-Forwarded-For with the visitor's address) is dropped.
KEPT_HEADERS = {"host", "user-agent", "accept", "accept-language", "content-type", "x-request-id", "x-cache"}
# What a user is in a report: a staff member's id, nothing else.
KEPT_USER = {"id"}


def scrub_request(request):
    request.pop("data", None)
    request.pop("cookies", None)
    request.pop("query_string", None)
    request.pop("env", None)
    if isinstance(request.get("url"), str):
        request["url"] = request["url"].split("?", 1)[0]
    headers = request.get("headers") or {}
    request["headers"] = {name: value for name, value in headers.items() if name.lower() in KEPT_HEADERS}
    return request


def scrub_frames(event):
    """Stack frames keep file, function and line, never the values of variables."""
    for exception in (event.get("exception") or {}).get("values") or []:
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)


def scrub_breadcrumbs(event):
    """Breadcrumbs keep what happened (SQL with placeholders, a log message), not its data."""
    breadcrumbs = event.get("breadcrumbs")
    values = breadcrumbs.get("values") if isinstance(breadcrumbs, dict) else breadcrumbs
    for crumb in values or []:
        crumb.pop("data", None)


def scrub_event(event, hint=None):
    """`before_send` and `before_send_transaction`: takes out every personal datum we know of."""
    if "request" in event:
        event["request"] = scrub_request(event["request"])
    if "user" in event:
        event["user"] = {key: value for key, value in (event["user"] or {}).items() if key in KEPT_USER}
        if not event["user"]:
            del event["user"]
    event.pop("extra", None)
    scrub_frames(event)
    scrub_breadcrumbs(event)
    for span in event.get("spans") or []:
        span.pop("data", None)
    # Last: addresses redacted in whatever text is left (exception messages, log lines).
    return redact_all(event)


def init_error_tracking(default_environment, environ=None):
    """Called from the settings module (production, dev), which names its environment.

    Nothing happens without SENTRY_DSN. The release is SENTRY_RELEASE, else the git commit.
    """
    environ = os.environ if environ is None else environ
    dsn = environ.get("SENTRY_DSN", "")
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        release=environ.get("SENTRY_RELEASE") or get_default_release(),
        environment=environ.get("SENTRY_ENVIRONMENT") or default_environment,
        integrations=[DjangoIntegration()],
        # sentry-sdk 2.75 replaces send_default_pii=False with data_collection; this is
        # stricter still: no user details, cookies, bodies, query strings, SQL values,
        # frame variables; only the KEPT_HEADERS. scrub_event checks all of it again.
        data_collection={
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "allowlist", "terms": sorted(KEPT_HEADERS)}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "graphql": {"document": False, "variables": False},
            "gen_ai": {"inputs": False, "outputs": False},
            "database_query_data": False,
            "queues": False,
            "stack_frame_variables": False,
        },
        include_local_variables=False,
        max_request_body_size="never",
        before_send=scrub_event,
        before_send_transaction=scrub_event,
        traces_sample_rate=float(environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
    return True
