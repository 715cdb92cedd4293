"""What a scrape reads: the instruments (this process's, or every worker's files) and the
gauges computed at scrape time by registered collectors.

Scrape-time collectors (an object with `name` and `collect()` yielding metric families)
answer from the database at each scrape, so every worker gives the same answer and nothing
is stored. Domain apps register theirs through `register` (home wires partners'); the core's
own, the task queue, is registered here. A collector that fails (database down) is left out
of that scrape, `tbc_scrape_collector_up{collector=…}` says 0, and the scrape still answers.
"""

import logging

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

from .instruments import INSTRUMENTS, MULTIPROCESS_DIR
from .queue import TaskQueueCollector

logger = logging.getLogger(__name__)

SCRAPE_TIME_COLLECTORS = {}


def register(collector):
    """Add a scrape-time collector (once per name: registering again replaces it)."""
    SCRAPE_TIME_COLLECTORS[collector.name] = collector


class ScrapeTimeCollectors:
    def collect(self):
        up = GaugeMetricFamily(
            "tbc_scrape_collector_up",
            "1 when a scrape-time collector answered, 0 when it failed.",
            labels=["collector"],
        )
        for name, collector in sorted(SCRAPE_TIME_COLLECTORS.items()):
            try:
                families = list(collector.collect())
            except Exception:  # noqa: BLE001 (a failing gauge must not take the other metrics with it)
                logger.warning("Metrics collector %s failed", name, exc_info=True)
                up.add_metric([name], 0)
                continue
            up.add_metric([name], 1)
            yield from families
        yield up


def scrape_registry():
    registry = CollectorRegistry(auto_describe=False)
    if MULTIPROCESS_DIR:
        MultiProcessCollector(registry, path=MULTIPROCESS_DIR)
    else:
        registry.register(INSTRUMENTS)
    registry.register(ScrapeTimeCollectors())
    return registry


register(TaskQueueCollector())
