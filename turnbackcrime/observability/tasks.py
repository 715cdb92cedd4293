"""The task worker's log lines carry the id of the request that enqueued the task.

On enqueue (inside the request) the request id is kept in the cache under the task's id
for a day; when the worker starts the task it takes the id back for the task's lines. A
cache that is down only costs the id: the worker's lines then have none.
"""

import logging
from contextvars import ContextVar

from django.core.cache import cache
from django_tasks.signals import task_enqueued, task_finished, task_started

from .request_id import current_request_id

logger = logging.getLogger(__name__)
KEEP_SECONDS = 24 * 60 * 60
# The token of the id a task set, so only that task's end clears it (an immediate task runs
# inside its request, whose id stays).
task_token = ContextVar("task_request_id_token", default=None)


def key(task_result):
    return f"tbc:task-request-id:{task_result.id}"


def remember_request(sender, task_result, **kwargs):
    request_id = current_request_id.get()
    if request_id is None:
        return
    try:
        cache.set(key(task_result), request_id, KEEP_SECONDS)
    except Exception:  # the cache is a convenience here, never a reason to fail the request
        logger.warning("The request id of task %s was not kept: the cache is unavailable", task_result.id)


def take_request(sender, task_result, **kwargs):
    if current_request_id.get() is not None:
        return
    try:
        request_id = cache.get(key(task_result))
    except Exception:
        request_id = None
    if request_id:
        task_token.set(current_request_id.set(request_id))


def forget_request(sender, task_result, **kwargs):
    token = task_token.get()
    if token is not None:
        current_request_id.reset(token)
        task_token.set(None)


def connect():
    task_enqueued.connect(remember_request, dispatch_uid="tbc-task-request-id-enqueued")
    task_started.connect(take_request, dispatch_uid="tbc-task-request-id-started")
    task_finished.connect(forget_request, dispatch_uid="tbc-task-request-id-finished")
