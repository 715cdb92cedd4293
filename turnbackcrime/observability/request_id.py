"""The request id: one per request, taken from `X-Request-ID` when it is safe, else made here.

Varnish sets it for every request (deploy/varnish/default.vcl) with the same rule, so the
proxy's log line and the app's log lines of one request carry the same id.
"""

import re
import uuid
from contextvars import ContextVar

HEADER = "X-Request-ID"
# Short and plain: it goes into log lines and a response header as it is.
VALID = re.compile(r"[A-Za-z0-9._:-]{1,64}")

current_request_id = ContextVar("request_id", default=None)


def request_id_from(value):
    """The incoming id when it is valid, else a new one."""
    if value and VALID.fullmatch(value):
        return value
    return uuid.uuid4().hex
