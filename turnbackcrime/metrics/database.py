"""Counting database errors: every failed query, and a failed connection that ends a request.

A query error is counted where it happens (an execute wrapper on each connection while a
request is served), whether or not the code catches it. A connection that cannot be made
raises before any query runs, so it is counted when it reaches the request handler.
"""

import sys
from contextlib import ExitStack, contextmanager

from django.core.signals import got_request_exception
from django.db import DatabaseError, connections

from .instruments import DATABASE_ERRORS

COUNTED = "_tbc_metrics_counted"


def count_query_errors(execute, sql, params, many, context):
    try:
        return execute(sql, params, many, context)
    except DatabaseError as error:
        DATABASE_ERRORS.labels(type(error).__name__).inc()
        setattr(error, COUNTED, True)
        raise


@contextmanager
def counting_database_errors():
    """Count failed queries on every configured connection (opening none) while in the block."""
    with ExitStack() as stack:
        for alias in connections:
            stack.enter_context(connections[alias].execute_wrapper(count_query_errors))
        yield


def count_unhandled(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError) and not getattr(error, COUNTED, False):
        DATABASE_ERRORS.labels(type(error).__name__).inc()
        setattr(error, COUNTED, True)


got_request_exception.connect(count_unhandled, dispatch_uid="tbc-metrics-database-errors")
