"""Issue #17 item 4 on the real stack: /metrics/ from gunicorn with two worker processes gives
the node's totals whichever worker answers, and Varnish neither caches nor exposes it.

The two-worker node is one more gunicorn on the stack's database, scraped directly as
Prometheus scrapes each node; the shared stack's nodes (one worker each) sit behind Varnish.
"""

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db.models import Count
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from partners.models import Pledge, PledgeStatus
from scripts.stack import Stack, free_port
from tests.stack.conftest import get, wait_until

pytestmark = pytest.mark.stack

# A cheap 200 (robots.txt) and a page that does not exist (Wagtail's 404).
PAGE, MISSING = "/robots.txt", "/en/no-such-page-for-metrics/"


def scrape(base, **headers):
    response = get(f"{base}/metrics/", headers=headers)
    assert response.status_code == 200, response.text
    assert "no-store" in response.headers["Cache-Control"]
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def requests_of(samples, view, **labels):
    """tbc_http_requests_total of `view`, summed over the labels not given."""
    return sum(
        value
        for (name, sample_labels), value in samples.items()
        if name == "tbc_http_requests_total"
        and dict(sample_labels)["view"] == view
        and all(dict(sample_labels)[k] == v for k, v in labels.items())
    )


@pytest.fixture(scope="module")
def two_worker_node(stack):
    node = Stack(
        port=stack.port,
        app_ports=[free_port()],
        env=stack.env,
        run_dir=stack.run_dir / "two-workers",
        workers=2,
        task_worker=False,
    )
    node.run_dir.mkdir(parents=True, exist_ok=True)
    node.start_node(0)

    def answers():
        node.check_alive()
        try:
            return get(f"{node.app_url()}/robots.txt").status_code == 200
        except OSError:
            return False

    wait_until(answers, timeout=90, interval=0.2)
    yield node
    node.stop(graceful=False)


def test_two_workers_one_total(two_worker_node):
    base = two_worker_node.app_url()
    before = scrape(base)
    sent = Counter()
    worker_files = set()
    # Concurrent requests, so the second worker takes what the first is too busy to accept;
    # until both have counted something (each keeps its own file, named by its pid).
    with ThreadPoolExecutor(4) as pool:
        for _ in range(10):
            paths = [PAGE] * 4 + [MISSING] * 2
            statuses = list(pool.map(lambda path: get(base + path).status_code, paths))
            assert statuses == [200] * 4 + [404] * 2
            sent.update(paths)
            worker_files = set(two_worker_node.metrics_dir(0).glob("counter_*.db"))
            if len(worker_files) >= 2:
                break
    assert len(worker_files) == 2, worker_files

    # Whichever worker answers a scrape, it sums both workers' counts.
    for _ in range(4):
        after = scrape(base)
        assert (
            requests_of(after, "robots", method="GET", status="200")
            - requests_of(before, "robots", method="GET", status="200")
            == sent[PAGE]
        )
        assert (
            requests_of(after, "wagtail_serve", status="404")
            - requests_of(before, "wagtail_serve", status="404")
            == sent[MISSING]
        )
        latency = (
            "tbc_http_request_duration_seconds_count",
            frozenset({"view": "wagtail_serve", "method": "GET"}.items()),
        )
        assert after[latency] - before.get(latency, 0) == sent[MISSING]


def test_gauges_match_the_database(two_worker_node, on_stack_db):
    def database():
        pledges = dict(Pledge.objects.order_by().values_list("status").annotate(n=Count("pk")))
        tasks = DBTaskResult.objects.order_by().values_list("queue_name", "status").annotate(n=Count("pk"))
        return pledges, sorted(tasks)

    # The stack's worker may finish a task meanwhile: a scrape between two equal readings.
    for _ in range(20):
        expected = database()
        samples = scrape(two_worker_node.app_url())
        if database() == expected:
            break
    pledges, tasks = expected
    assert sum(pledges.values()) > 0  # the demo's pledges
    for status in PledgeStatus.values:
        assert samples[("tbc_pledges", frozenset({"status": status}.items()))] == pledges.get(status, 0)
    for queue, status, count in tasks:
        assert samples[("tbc_tasks", frozenset({"queue": queue, "status": status}.items()))] == count


def test_varnish_neither_caches_nor_exposes_it(stack):
    nodes = [stack.app_url(index) for index in range(len(stack.app_ports))]
    before = [scrape(node) for node in nodes]

    public = get(f"{stack.url}/metrics/")
    assert public.status_code == 404
    assert "tbc_" not in public.text
    spoofed = get(f"{stack.url}/metrics/", headers={"X-Forwarded-For": "127.0.0.1"})
    assert spoofed.status_code == 404
    for _ in range(2):  # a token reaches the app, which checks it; never from the cache
        wrong = get(f"{stack.url}/metrics/", headers={"Authorization": "Bearer not-the-token"})
        assert wrong.status_code == 403
        assert wrong.headers["X-Cache"] == "MISS"
        assert "no-store" in wrong.headers["Cache-Control"]

    after = [scrape(node) for node in nodes]
    refused = sum(
        requests_of(a, "metrics", status="403") - requests_of(b, "metrics", status="403")
        for a, b in zip(after, before, strict=True)
    )
    assert refused == 2  # only the two with a token reached a node
