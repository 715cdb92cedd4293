"""REMOTE_ADDR behind our proxy: the address it forwarded, only when it is a trusted proxy."""

from django.http import HttpResponse
from django.test import RequestFactory

from turnbackcrime.proxy import TrustedProxyMiddleware


def remote_addr_seen(settings, remote, forwarded):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    seen = {}

    def view(request):
        seen["addr"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    TrustedProxyMiddleware(view)(request)
    return seen["addr"]


def test_the_address_our_proxy_added_is_the_visitor(settings):
    # A client may send its own X-Forwarded-For; Varnish appends the address it saw.
    assert remote_addr_seen(settings, "127.0.0.1", "6.6.6.6, 203.0.113.5") == "203.0.113.5"


def test_a_request_not_from_a_trusted_proxy_keeps_its_address(settings):
    assert remote_addr_seen(settings, "198.51.100.7", "203.0.113.5") == "198.51.100.7"
