"""Pledges for the operator's metrics (/metrics/), read at scrape time in one grouped query.

`tbc_pledges{status}`: pledges per moderation status. `tbc_pledges_oldest_pending_seconds`:
how long the oldest pledge has been waiting for a moderator (0 when none is). Registered with
the core's scrape-time collectors by `home` (home/apps.py).
"""

from django.db.models import Count, Min
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily

from .models import Pledge, PledgeStatus


class PledgeCollector:
    name = "pledges"

    def collect(self):
        rows = (
            Pledge.objects.order_by().values("status").annotate(count=Count("pk"), oldest=Min("submitted_at"))
        )
        by_status = {row["status"]: row for row in rows}
        pledges = GaugeMetricFamily("tbc_pledges", "Pledges by moderation status.", labels=["status"])
        for status in PledgeStatus.values:
            pledges.add_metric([status], by_status.get(status, {}).get("count", 0))
        oldest = by_status.get(PledgeStatus.PENDING, {}).get("oldest")
        waiting = (timezone.now() - oldest).total_seconds() if oldest else 0.0
        yield pledges
        yield GaugeMetricFamily(
            "tbc_pledges_oldest_pending_seconds",
            "Seconds the oldest pledge awaiting moderation has waited (0 when none is).",
            value=max(0.0, waiting),
        )
