"""Issue #17 item 3: production logs are JSON lines with the request id, and never carry a
pledger's name, email or statement.

The logging is production's own configuration (`json_logging`, as production.py sets it)
writing into a buffer; the pledge goes through the app and its email through a real SMTP
server (aiosmtpd) that refuses the address, the way a mistyped mailbox is refused, so the
error the task logs names the address. The proxy's side is tests/stack/test_logs.py.
"""

import io
import json
import logging.config
import re
import urllib.parse

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from partners import spam
from partners.models import EmailState, Pledge
from tests.factories import PledgePageFactory
from tests.partners.conftest import form_token, pledge_url
from tests.support.privacy import assert_nothing_of
from tests.support.smtp import free_port, use_smtp
from turnbackcrime.observability.logs import json_logging

pytestmark = pytest.mark.django_db

PLEDGER = {
    "name": "Brackenridge Ferry Wardens",
    "contact_name": "Olwen Brackenridge",
    "contact_email": "olwen.brackenridge@example.org",
    "statement": "We pledge to quibblefrost the ferry terminal's posters every season.",
}


class RefusingMailbox:
    """An SMTP server that refuses every recipient, naming it (as real servers do)."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"


@pytest.fixture(scope="module")
def refusing_smtp():
    controller = Controller(RefusingMailbox(), hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def json_log():
    """Production's logging configuration, its one handler writing into a buffer."""
    buffer = io.StringIO()
    config = json_logging("INFO")
    config["handlers"]["json"]["stream"] = buffer
    logging.config.dictConfig(config)
    yield buffer
    logging.config.dictConfig(django_settings.LOGGING)


def log_lines(buffer):
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def pledge_data():
    key = spam.new_submission_key()
    return {
        "kind": "police",
        "country": "IE",
        "website": "",
        "video_url": "",
        "consent_to_publish": "on",
        "homepage": "",
        "submission_key": key,
        "timing_token": form_token(key),
        **PLEDGER,
    }


def assert_no_pledger_data(text):
    assert_nothing_of(PLEDGER, ("Olwen", "Brackenridge", "quibblefrost"), text)


def test_a_pledge_makes_json_lines_with_its_request_id_and_none_of_the_pledgers_data(
    client, home_page, json_log, refusing_smtp, settings
):
    """The email task runs inside the request here (the immediate backend of the tests):
    its warning has the request's id."""
    use_smtp(settings, refusing_smtp.port)
    page = PledgePageFactory(parent=home_page)
    url = pledge_url(page)
    query = "?email=" + urllib.parse.quote(PLEDGER["contact_email"])
    response = client.post(
        url + query, pledge_data(), HTTP_X_REQUEST_ID="tbc-1764590000-32770", HTTP_X_CACHE="PASS"
    )
    assert response.status_code == 200
    assert response["X-Request-ID"] == "tbc-1764590000-32770"
    pledge = Pledge.objects.get(contact_email=PLEDGER["contact_email"])
    assert pledge.confirmation_email == EmailState.FAILED  # the server refused the address
    # What staff read on the pledge names the failure, not the address (it outlives an erasure).
    assert "550" in pledge.confirmation_email_error
    assert PLEDGER["contact_email"] not in pledge.confirmation_email_error

    # A visitor's id that is not a plain short token is replaced by one of ours.
    other = client.get(url, HTTP_X_REQUEST_ID="<script>alert(1)</script>" + "x" * 80)
    assert re.fullmatch(r"[0-9a-f]{32}", other["X-Request-ID"])

    lines = log_lines(json_log)
    requests = [line for line in lines if line["logger"] == "turnbackcrime.requests"]
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [
        ("POST", url, 200),
        ("GET", url, 200),
    ]
    post, get = requests
    assert post["request_id"] == "tbc-1764590000-32770"
    assert get["request_id"] == other["X-Request-ID"]
    assert post["cache"] == "PASS" and get["cache"] is None
    assert 0 < post["duration_ms"] < 60_000
    assert post["user_id"] is None
    assert post["level"] == "INFO" and post["time"].endswith("+00:00")

    warning = next(line for line in lines if line["logger"] == "partners.tasks")
    assert warning["level"] == "WARNING"
    assert warning["request_id"] == "tbc-1764590000-32770"
    assert f"Pledge {pledge.pk} confirmation email" in warning["message"]
    assert "550" in warning["message"] and "[email]" in warning["message"]
    assert_no_pledger_data(json_log.getvalue())


def test_the_worker_logs_a_failed_email_with_the_id_of_the_request_that_queued_it(
    client, home_page, json_log, refusing_smtp, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PLEDGE_EMAIL_MAX_ATTEMPTS = 1
    use_smtp(settings, refusing_smtp.port)
    page = PledgePageFactory(parent=home_page)
    response = client.post(pledge_url(page), pledge_data(), HTTP_X_REQUEST_ID="queued-by-this-request")
    assert response.status_code == 200

    # What `manage.py db_worker` does with each task, in this test's transaction.
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
    while (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)

    warning = next(line for line in log_lines(json_log) if line["logger"] == "partners.tasks")
    assert "confirmation email" in warning["message"]
    assert warning["request_id"] == "queued-by-this-request"
    assert_no_pledger_data(json_log.getvalue())
