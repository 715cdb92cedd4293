"""Pledge email through the task queue (django-tasks; `manage.py db_worker` runs it).

django-tasks has no retries of its own: a send that fails with a network or SMTP error
enqueues the same task again with `run_after` (backoff doubling from
PLEDGE_EMAIL_RETRY_SECONDS) and the attempt number, up to PLEDGE_EMAIL_MAX_ATTEMPTS;
the pledge records the state (queued, retrying, sent, failed) and the last error for
staff. A backend that cannot defer (the immediate one in tests) gives up at once.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task, task_backends

from turnbackcrime.observability.scrub import redact

from .models import EmailState, Pledge, PledgePage, PledgeStatus
from .notifications import notify_moderators, send_approval_email, send_confirmation_email

logger = logging.getLogger(__name__)
SEND_ERRORS = (OSError, smtplib.SMTPException)


def retry_delay(attempt):
    return timedelta(seconds=settings.PLEDGE_EMAIL_RETRY_SECONDS * 2 ** (attempt - 1))


def _retry(task_obj, attempt, *args):
    """Enqueue `task_obj` again after the backoff; False when out of attempts or unable to defer."""
    backend = task_backends[task_obj.backend]
    if attempt >= settings.PLEDGE_EMAIL_MAX_ATTEMPTS or not backend.supports_defer:
        return False
    task_obj.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(*args, attempt=attempt + 1)
    return True


@task()
def send_pledge_confirmation(pledge_id, url, attempt=1):
    pledge = Pledge.objects.filter(pk=pledge_id).first()
    if pledge is None or not pledge.contact_email or pledge.confirmation_email == EmailState.SENT:
        return "nothing to send"
    try:
        send_confirmation_email(pledge, url)
    except SEND_ERRORS as error:
        retrying = _retry(send_pledge_confirmation, attempt, pledge_id, url)
        state = EmailState.RETRYING if retrying else EmailState.FAILED
        Pledge.objects.filter(pk=pledge_id).update(
            confirmation_email=state,
            confirmation_email_attempts=attempt,
            # Shown to staff and kept after an erasure: never the address a server names.
            confirmation_email_error=redact(f"{type(error).__name__}: {error}")[:300],
        )
        logger.warning("Pledge %s confirmation email, attempt %d failed: %s", pledge_id, attempt, error)
        return state
    Pledge.objects.filter(pk=pledge_id).update(
        confirmation_email=EmailState.SENT,
        confirmation_email_attempts=attempt,
        confirmation_email_sent_at=timezone.now(),
        confirmation_email_error="",
    )
    return EmailState.SENT


@task()
def send_moderator_notice(pledge_id, attempt=1):
    pledge = Pledge.objects.filter(pk=pledge_id).first()
    if pledge is None:
        return "nothing to send"
    try:
        notify_moderators(pledge)
    except SEND_ERRORS as error:
        logger.warning("Pledge %s moderator notice, attempt %d failed: %s", pledge_id, attempt, error)
        if not _retry(send_moderator_notice, attempt, pledge_id):
            return "failed"
        return "retrying"
    return "sent"


@task()
def send_pledge_approved(pledge_id, attempt=1):
    """The pledger is told their pledge is approved (with its badge code), retried like the rest."""
    pledge = Pledge.objects.filter(pk=pledge_id, status=PledgeStatus.APPROVED).first()
    if pledge is None:
        return "nothing to send"
    try:
        send_approval_email(pledge, PledgePage.objects.live().first())
    except SEND_ERRORS as error:
        logger.warning("Pledge %s approval email, attempt %d failed: %s", pledge_id, attempt, error)
        if not _retry(send_pledge_approved, attempt, pledge_id):
            return "failed"
        return "retrying"
    return "sent"


def queue_pledge_emails(pledge, confirmation_url):
    """Called inside the transaction that stores the pledge: with the database backend the
    queued tasks are rows committed (or rolled back) together with the pledge, so each stored
    pledge has its email queued exactly once."""
    if pledge.contact_email:
        Pledge.objects.filter(pk=pledge.pk).update(confirmation_email=EmailState.QUEUED)
        send_pledge_confirmation.enqueue(pledge.pk, confirmation_url)
    send_moderator_notice.enqueue(pledge.pk)
