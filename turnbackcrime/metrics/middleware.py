"""Requests and their latency, per view and status.

The view label is the resolver's view name (`search`, `partners:pledge-badge`, …), or for a
Wagtail page its page type (`page:stories.StoryPage`, remembered by a `before_serve_page`
hook): never the path, so the number of series stays bounded whatever URLs are requested.
A request no URL pattern matched (a redirect to the language prefix, a static file) is
`unresolved`.
"""

import time

from wagtail import hooks

from .database import counting_database_errors
from .instruments import LATENCY, REQUESTS, method_label

PAGE_TYPE = "_tbc_metrics_page_type"


@hooks.register("before_serve_page")
def remember_page_type(page, request, args, kwargs):
    setattr(request, PAGE_TYPE, page._meta.label)


def view_label(request):
    page_type = getattr(request, PAGE_TYPE, None)
    if page_type:
        return f"page:{page_type}"
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else "unresolved"


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        with counting_database_errors():
            response = self.get_response(request)
        view, method = view_label(request), method_label(request.method)
        LATENCY.labels(view, method).observe(time.perf_counter() - started)
        REQUESTS.labels(view, method, str(response.status_code)).inc()
        return response
