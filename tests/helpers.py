"""Assertion helpers shared by the test modules."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, **headers):
    """SQL queries made to serve `url`, after one warm-up request.

    The warm-up fills per-process caches (site root paths, settings) so that
    two counts taken with different amounts of content compare like for like.
    """
    warm = client.get(url, headers=headers)
    assert warm.status_code == 200, f"{url} answered {warm.status_code}"
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return len(captured.captured_queries)


def describe_queries(captured):
    return "\n".join(q["sql"] for q in captured.captured_queries)
