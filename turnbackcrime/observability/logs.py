"""Production log lines: one JSON object per line, with the request id of the request.

`JsonFormatter` writes time, level, logger, message, request id and the fields a record
carries in `log_fields` (the request log's method, path, status…); an exception's
traceback goes into `exception`. Addresses are redacted in every line (`scrub`).
"""

import json
import logging
from datetime import UTC, datetime

from .request_id import current_request_id
from .scrub import redact, redact_all


class RequestIdFilter(logging.Filter):
    """Adds the current request's id (or the enqueuing request's, in the task worker)."""

    def filter(self, record):
        if getattr(record, "request_id", None) is None:
            record.request_id = current_request_id.get()
        return True


class RedactEmailFilter(logging.Filter):
    """For the human-readable logs of development: the message with addresses redacted."""

    def filter(self, record):
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", None) or current_request_id.get(),
            "message": redact(record.getMessage()),
        }
        line.update(redact_all(getattr(record, "log_fields", None) or {}))
        if record.exc_info:
            line["exception"] = redact(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = redact(record.exc_text)
        return json.dumps(line, ensure_ascii=False, default=str)


def json_logging(level="INFO"):
    """The LOGGING setting of production: JSON lines on stderr, for the app and the worker."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "json": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]},
        },
        "root": {"handlers": ["json"], "level": "WARNING"},
        "loggers": {
            # The request log (RequestLogMiddleware): one INFO line per request.
            "turnbackcrime.requests": {"handlers": ["json"], "level": level, "propagate": False},
            # Django's own 4xx/5xx lines would repeat the request log; errors still come through.
            "django.request": {"handlers": ["json"], "level": "ERROR", "propagate": False},
            "django.server": {"handlers": ["json"], "level": "ERROR", "propagate": False},
        },
    }
