"""Assertion helpers shared by the test modules."""

import difflib

from django.db import connection
from django.test.utils import CaptureQueriesContext


class QueryCount(int):
    """A number of SQL queries that remembers them, so a failing comparison can show the difference."""

    def __new__(cls, queries):
        count = super().__new__(cls, len(queries))
        count.queries = [q["sql"] for q in queries]
        return count

    def diff(self, other):
        return "\n".join(
            difflib.unified_diff(
                [q[-300:] for q in self.queries], [q[-300:] for q in other.queries], lineterm="", n=0
            )
        )


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
    return QueryCount(captured.captured_queries)


def assert_same_queries(small, large, what="page"):
    assert small == large, (
        f"{what}: {small} queries with little content, {large} with much:\n{small.diff(large)}"
    )
