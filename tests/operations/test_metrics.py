"""Issue #17 item 4: /metrics/ counts what happened, matches the database, and is not public.

Scraped through Django's test client here (real PostgreSQL, a real Redis address where
nothing listens for the cache errors); tests/stack/test_metrics_stack.py scrapes a real
gunicorn with two workers and the stack's Varnish.
"""

from contextlib import suppress

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import Count
from django.http import HttpResponse
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from partners import spam
from partners.models import Pledge, PledgeStatus
from partners.tasks import send_moderator_notice
from tests.factories import PledgePageFactory
from tests.partners.conftest import form_token, pledge_url
from tests.support.smtp import free_port
from turnbackcrime.cache import DegradingRedisCache
from turnbackcrime.metrics.middleware import RequestMetricsMiddleware

pytestmark = pytest.mark.django_db

TOKEN = "metrics-token-for-tests-" + "t" * 20  # noqa: S105


def parse(text):
    """{(sample name, frozenset of labels): value} of a scrape."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def scrape(client, **headers):
    response = client.get("/metrics/", **headers)
    assert response.status_code == 200, response.content
    return parse(response.content.decode())


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())), 0.0)


def delta(before, after, name, **labels):
    return value(after, name, **labels) - value(before, name, **labels)


@pytest.fixture
def database_queue(settings):
    """Tasks as rows in the database (production's backend), so the queue gauges have rows."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PLEDGE_MODERATOR_EMAILS = ["moderator@example.org"]


def test_requests_pledges_and_queue_counted_as_they_happened(client, home_page, database_queue, settings):
    pledge_page = PledgePageFactory(parent=home_page)
    failed = send_moderator_notice.enqueue(0)
    DBTaskResult.objects.filter(pk=failed.id).update(status="FAILED")
    before = scrape(client)

    assert client.get("/en/").status_code == 200
    assert client.get("/en/no-such-page/").status_code == 404
    key = spam.new_submission_key()
    pledge = {
        "name": "Example Harbour Police",
        "kind": "police",
        "country": "NZ",
        "website": "https://example.org/",
        "statement": "We pledge to share the campaign's advice at every open day.",
        "contact_name": "Ana Example",
        "contact_email": "ana@example.org",
        "consent_to_publish": "on",
        "submission_key": key,
        "timing_token": form_token(key),
    }
    assert client.post(pledge_url(pledge_page), pledge).status_code == 200
    assert Pledge.objects.filter(status=PledgeStatus.PENDING).count() == 1
    after = scrape(client)

    requests = "tbc_http_requests_total"
    assert delta(before, after, requests, view="page:home.HomePage", method="GET", status="200") == 1
    assert delta(before, after, requests, view="wagtail_serve", method="GET", status="404") == 1
    assert delta(before, after, requests, view="page:partners.PledgePage", method="POST", status="200") == 1
    # The first scrape itself is counted by the time of the second.
    assert delta(before, after, requests, view="metrics", method="GET", status="200") == 1
    latency = "tbc_http_request_duration_seconds_count"
    assert delta(before, after, latency, view="page:home.HomePage", method="GET") == 1
    assert delta(before, after, latency, view="page:partners.PledgePage", method="POST") == 1
    slowest = value(
        after, "tbc_http_request_duration_seconds_sum", view="page:partners.PledgePage", method="POST"
    )
    assert slowest > 0

    # Scrape-time gauges: exactly what the database holds now.
    pledges = dict(Pledge.objects.order_by().values_list("status").annotate(n=Count("pk")))
    for status in PledgeStatus.values:
        assert value(after, "tbc_pledges", status=status) == pledges.get(status, 0), status
    assert value(after, "tbc_pledges", status="pending") == 1
    assert value(after, "tbc_pledges_oldest_pending_seconds") >= 0
    tasks = DBTaskResult.objects.order_by().values_list("queue_name", "status").annotate(n=Count("pk"))
    assert tasks, "the pledge queued its emails"
    for queue, status, count in tasks:
        assert value(after, "tbc_tasks", queue=queue, status=status) == count, (queue, status)
    assert value(after, "tbc_tasks", queue="default", status="FAILED") == 1
    assert (
        value(after, "tbc_tasks", queue="default", status="READY") == DBTaskResult.objects.ready().count() > 0
    )
    assert value(after, "tbc_tasks_oldest_due_seconds", queue="default") > 0
    assert value(after, "tbc_scrape_collector_up", collector="pledges") == 1
    assert value(after, "tbc_scrape_collector_up", collector="tasks") == 1


def test_only_allowed_addresses_or_the_token_may_read_it_and_nothing_caches_it(client, settings):
    settings.METRICS_TOKEN = TOKEN
    allowed = client.get("/metrics/")
    assert allowed.status_code == 200
    assert allowed["Content-Type"].startswith("text/plain; version=0.0.4")
    for response in [allowed, client.get("/metrics/", REMOTE_ADDR="203.0.113.9")]:
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"no-store", "private"} <= cache_control
        assert not response.cookies

    assert client.get("/metrics/", REMOTE_ADDR="203.0.113.9").status_code == 403
    # A loopback peer with X-Forwarded-For came through a proxy: the address is the client's word.
    assert client.get("/metrics/", HTTP_X_FORWARDED_FOR="127.0.0.1").status_code == 403
    assert (
        client.get("/metrics/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="127.0.0.1").status_code
        == 403
    )
    wrong = client.get("/metrics/", HTTP_AUTHORIZATION="Bearer not-the-token")
    assert wrong.status_code == 403
    assert b"tbc_" not in wrong.content
    assert client.get("/metrics/", HTTP_AUTHORIZATION=f"Basic {TOKEN}").status_code == 403
    with_token = client.get("/metrics/", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert with_token.status_code == 200
    assert b"tbc_http_requests_total" in with_token.content
    assert client.post("/metrics/").status_code == 405

    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]
    assert client.get("/metrics/", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics/").status_code == 403  # loopback no longer listed
    settings.METRICS_TOKEN = ""
    assert (
        client.get("/metrics/", HTTP_AUTHORIZATION="Bearer ").status_code == 403
    )  # no token set: none works


def test_cache_and_database_errors_are_counted(client, rf):
    before = scrape(client)
    # Redis where nothing listens: the degrading cache misses, counts the failure, then skips Redis.
    cache = DegradingRedisCache(
        f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {"socket_connect_timeout": 0.5}}
    )
    assert cache.get("anything", "default") == "default"
    cache.set("anything", 1)

    def view_with_a_failed_query(request):
        with suppress(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table_for_metrics")  # caught by the code, still counted
        return HttpResponse("ok")

    RequestMetricsMiddleware(view_with_a_failed_query)(rf.get("/"))
    after = scrape(client)
    assert delta(before, after, "tbc_cache_errors_total", operation="get") == 1
    assert delta(before, after, "tbc_cache_skipped_total", operation="set") == 1
    # ProgrammingError on PostgreSQL, OperationalError on SQLite.
    errors = {labels: n for (name, labels), n in after.items() if name == "tbc_database_errors_total"}
    assert sum(n - before.get(("tbc_database_errors_total", labels), 0) for labels, n in errors.items()) == 1
    if connection.vendor == "postgresql":
        assert delta(before, after, "tbc_database_errors_total", error="ProgrammingError") == 1
