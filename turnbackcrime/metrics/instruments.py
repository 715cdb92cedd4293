"""The counters and histograms the app updates as it works.

Under gunicorn every worker is its own process with its own counters: with
PROMETHEUS_MULTIPROC_DIR set (scripts/stack.py sets one per node and empties it at start),
prometheus-client keeps each worker's values in files there and a scrape sums them, so any
worker answers with the node's totals. Unset (`make run`, the tests), values live in this
process. The variable must be set before the process starts: prometheus-client chooses at import.

Labels are bounded: the resolver's view name (or the page type for Wagtail pages), never a
raw path; methods outside the usual few count as "other".
"""

import os

from prometheus_client import CollectorRegistry, Counter, Histogram

MULTIPROCESS_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")
if MULTIPROCESS_DIR:
    os.makedirs(MULTIPROCESS_DIR, exist_ok=True)

# Ours, not prometheus-client's default registry (which a library could fill): a scrape reads
# this in one process, or every worker's files in multiprocess mode (turnbackcrime.metrics.registry).
INSTRUMENTS = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "tbc_http_requests",
    "HTTP requests answered by the app, by view, method and status.",
    ["view", "method", "status"],
    registry=INSTRUMENTS,
)
LATENCY = Histogram(
    "tbc_http_request_duration_seconds",
    "Time from the request reaching the app to its response, by view and method.",
    ["view", "method"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=INSTRUMENTS,
)
DATABASE_ERRORS = Counter(
    "tbc_database_errors",
    "Database errors raised while serving requests (failed queries and connections), by class.",
    ["error"],
    registry=INSTRUMENTS,
)
CACHE_ERRORS = Counter(
    "tbc_cache_errors",
    "Calls to Redis that failed (the degrading cache served without it), by cache operation.",
    ["operation"],
    registry=INSTRUMENTS,
)
CACHE_SKIPPED = Counter(
    "tbc_cache_skipped",
    "Cache calls answered without trying Redis, in the seconds after a failure, by operation.",
    ["operation"],
    registry=INSTRUMENTS,
)

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def method_label(method):
    return method if method in METHODS else "other"
