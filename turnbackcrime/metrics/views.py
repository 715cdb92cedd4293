"""GET /metrics/: the Prometheus text format, for allowed scrapers only, never cached."""

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, generate_latest

from . import access
from .registry import scrape_registry


@never_cache
@require_safe
def metrics_view(request):
    if not access.may_scrape(request):
        return HttpResponseForbidden("Forbidden.\n", content_type="text/plain; charset=utf-8")
    return HttpResponse(generate_latest(scrape_registry()), content_type=CONTENT_TYPE_PLAIN_0_0_4)
