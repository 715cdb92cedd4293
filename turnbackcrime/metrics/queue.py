"""The task queue (django-tasks-db rows), read at scrape time in one grouped query.

`tbc_tasks{queue,status}`: rows per queue and status (READY waiting, RUNNING, FAILED and
SUCCESSFUL until `prune_db_task_results` removes them). `tbc_tasks_oldest_due_seconds{queue}`:
how long the oldest ready task has been due (0 when none is): it grows when no worker runs.
"""

from django.db.models import Case, Count, F, Min, Q, When
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from prometheus_client.core import GaugeMetricFamily

DEFAULT_QUEUE = "default"


class TaskQueueCollector:
    name = "tasks"

    def collect(self):
        now, never = timezone.now(), get_date_max()
        # A task without run_after is due since it was enqueued; a deferred one since run_after.
        due_since = Case(When(run_after=never, then=F("enqueued_at")), default=F("run_after"))
        is_due = Q(status=TaskResultStatus.READY) & (Q(run_after=never) | Q(run_after__lte=now))
        rows = (
            DBTaskResult.objects.order_by()
            .values("queue_name", "status")
            .annotate(count=Count("pk"), oldest_due=Min(due_since, filter=is_due))
        )
        counts, oldest = {}, {}
        for row in rows:
            counts[row["queue_name"], row["status"]] = row["count"]
            if row["oldest_due"] is not None:
                oldest[row["queue_name"]] = row["oldest_due"]
        queues = sorted({DEFAULT_QUEUE, *(queue for queue, _ in counts)})

        tasks = GaugeMetricFamily(
            "tbc_tasks", "Task queue rows by queue and status.", labels=["queue", "status"]
        )
        waiting = GaugeMetricFamily(
            "tbc_tasks_oldest_due_seconds",
            "Seconds since the oldest ready task of the queue became due (0 when none is waiting).",
            labels=["queue"],
        )
        for queue in queues:
            for status in TaskResultStatus.values:
                tasks.add_metric([queue, status], counts.get((queue, status), 0))
            since = oldest.get(queue)
            waiting.add_metric([queue], max(0.0, (now - since).total_seconds()) if since else 0.0)
        yield tasks
        yield waiting
