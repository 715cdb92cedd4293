"""Issue #12 finding 4: pledge email goes through the task queue, with retries, state shown to staff.

These tests switch the tasks backend to the database one (the rest of the suite runs tasks
at once) and run django-tasks-db's own worker in-process, task by task, instead of sleeping.
SMTP is real: aiosmtpd on a free port, or a port where nothing listens.
"""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from partners.models import EmailState, Pledge
from tests.support.smtp import SMTPServer, free_port, use_smtp

from .conftest import pledge_url

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def smtp_server():
    with SMTPServer() as server:
        yield server


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PLEDGE_MODERATOR_EMAILS = ["moderator@example.org"]
    settings.PLEDGE_EMAIL_RETRY_SECONDS = 60
    settings.PLEDGE_EMAIL_MAX_ATTEMPTS = 3


def pledge_tasks():
    # Saving a pledge also queues Wagtail's own reference-index task: these tests count ours.
    return DBTaskResult.objects.filter(task_path__startswith="partners.tasks.")


def run_worker():
    """What `manage.py db_worker --batch` does, minus its connection recycling (this test's
    transaction must stay open): take each ready task, claim it, run it with the real worker."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += result.task_path.startswith("partners.tasks.")
    return ran


def make_due():
    pledge_tasks().filter(status="READY").update(run_after=timezone.now())


def test_the_pledge_and_its_email_are_queued_together_and_sent_by_the_worker(
    client, pledge_page, valid_data, database_queue, settings, smtp_server
):
    use_smtp(settings, smtp_server.port)
    before = len(smtp_server.messages)
    data = valid_data()
    response = client.post(pledge_url(pledge_page), data)
    assert response.status_code == 200
    assert "Thank you for your pledge" in response.content.decode()
    pledge = Pledge.objects.get()
    assert pledge.confirmation_email == EmailState.QUEUED
    assert sorted(pledge_tasks().values_list("task_path", flat=True)) == [
        "partners.tasks.send_moderator_notice",
        "partners.tasks.send_pledge_confirmation",
    ]
    assert len(smtp_server.messages) == before  # nothing sent inside the request
    # A replayed POST finds the pledge and queues nothing more.
    client.post(pledge_url(pledge_page), data)
    assert pledge_tasks().count() == 2

    assert run_worker() == 2
    sent = smtp_server.messages[before:]
    assert sorted(m["To"] for m in sent) == ["ana@example.org", "moderator@example.org"]
    confirm = next(m for m in sent if m["To"] == "ana@example.org")
    assert "http://testserver/en/" in confirm.get_content()
    pledge.refresh_from_db()
    assert pledge.confirmation_email == EmailState.SENT
    assert pledge.confirmation_email_sent_at is not None
    assert run_worker() == 0  # done once


def test_smtp_down_changes_nothing_for_the_pledger_and_the_email_is_retried_with_backoff(
    client, pledge_page, valid_data, database_queue, settings, smtp_server
):
    use_smtp(settings, free_port())  # nothing listens there
    response = client.post(pledge_url(pledge_page), valid_data())
    assert response.status_code == 200
    assert "Thank you for your pledge" in response.content.decode()
    pledge = Pledge.objects.get()

    started = timezone.now()
    assert run_worker() == 2
    pledge.refresh_from_db()
    assert pledge.confirmation_email == EmailState.RETRYING
    assert pledge.confirmation_email_attempts == 1
    assert "Connection" in pledge.confirmation_email_error or "refused" in pledge.confirmation_email_error
    retries = pledge_tasks().filter(status="READY")
    assert retries.count() == 2
    assert all(60 <= (r.run_after - started).total_seconds() < 70 for r in retries)  # first backoff: 60 s
    assert run_worker() == 0  # not before its time

    make_due()
    assert run_worker() == 2
    later = pledge_tasks().get(status="READY", task_path__endswith="send_pledge_confirmation")
    assert 115 < (later.run_after - timezone.now()).total_seconds() <= 120  # doubled

    # SMTP is back: the next attempt delivers.
    use_smtp(settings, smtp_server.port)
    before = len(smtp_server.messages)
    make_due()
    assert run_worker() == 2
    assert {m["To"] for m in smtp_server.messages[before:]} == {"ana@example.org", "moderator@example.org"}
    pledge.refresh_from_db()
    assert pledge.confirmation_email == EmailState.SENT
    assert pledge.confirmation_email_attempts == 3
    assert pledge.confirmation_email_error == ""


def test_after_the_last_attempt_the_pledge_says_failed(
    client, pledge_page, valid_data, database_queue, settings, admin_client
):
    settings.PLEDGE_EMAIL_MAX_ATTEMPTS = 2
    use_smtp(settings, free_port())
    client.post(pledge_url(pledge_page), valid_data())
    run_worker()
    make_due()
    run_worker()
    pledge = Pledge.objects.get()
    assert pledge.confirmation_email == EmailState.FAILED
    assert pledge_tasks().filter(status="READY").count() == 0
    # Staff see it in the listing and on the pledge.
    listing = admin_client.get(reverse("wagtailsnippets_partners_pledge:list")).content.decode()
    assert "Failed (gave up)" in listing
    edit = admin_client.get(
        reverse("wagtailsnippets_partners_pledge:edit", args=[pledge.pk])
    ).content.decode()
    assert "Failed (gave up)" in edit and "ConnectionRefusedError" in edit


def test_smtp_down_with_the_immediate_backend_is_not_a_500_either(client, pledge_page, valid_data, settings):
    use_smtp(settings, free_port())
    response = client.post(pledge_url(pledge_page), valid_data())
    assert response.status_code == 200
    assert Pledge.objects.get().confirmation_email == EmailState.FAILED
