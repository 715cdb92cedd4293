"""/health/ for load balancers: database, cache and task queue, cheap and never cached.

200 while the database answers (the site can serve: a dead Redis only makes it slower,
a stalled queue only delays email); 503 when the database does not. The body says which
part is degraded, for monitoring. A few milliseconds: one query, one cache round trip
with a half-second timeout, one indexed query on the queue.
"""

import time
from datetime import timedelta

from django.core.cache import caches
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_tasks_db.models import DBTaskResult, get_date_max

QUEUE_STALLED_AFTER = timedelta(minutes=15)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    # The rate-limit alias raises when Redis is down (the default cache would hide it).
    counters = caches["ratelimit"]
    counters.set("health:ping", "1", timeout=10)
    if counters.get("health:ping") != "1":
        raise RuntimeError("cache did not return what was stored")


def _queue():
    # Due for over 15 minutes: run at once and enqueued that long ago, or deferred to then.
    since = timezone.now() - QUEUE_STALLED_AFTER
    overdue = DBTaskResult.objects.ready().filter(
        Q(run_after=get_date_max(), enqueued_at__lt=since) | Q(run_after__lt=since)
    )
    if overdue.exists():
        raise RuntimeError("tasks waiting for over 15 minutes: is `manage.py db_worker` running?")


def _check(function):
    started = time.monotonic()
    try:
        function()
    except Exception as error:  # noqa: BLE001 (any failure is a health answer, never a 500)
        return {"ok": False, "error": f"{type(error).__name__}: {error}"[:200]}
    return {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}


@never_cache
def health_view(request):
    checks = {"database": _check(_database)}
    if checks["database"]["ok"]:
        checks["queue"] = _check(_queue)
    else:
        checks["queue"] = {"ok": False, "error": "database unavailable"}
    checks["cache"] = _check(_cache)
    healthy = checks["database"]["ok"]
    status = "ok" if all(c["ok"] for c in checks.values()) else ("degraded" if healthy else "down")
    return JsonResponse({"status": status, "checks": checks}, status=200 if healthy else 503)
