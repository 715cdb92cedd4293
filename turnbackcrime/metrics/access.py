"""Who may read /metrics/: a scraper at an allowed address, or one holding the token.

The address is the TCP peer's (REMOTE_ADDR), and only for a request that carries no
X-Forwarded-For. Such a header means the request came through a proxy (Varnish adds it to
every request it forwards): the peer is then the proxy, and the address in the header is
the client's word for it, which anyone can write. So an address-allowed scrape goes to the
app node directly (as Prometheus scrapes each node anyway); through a proxy only the bearer
token (`Authorization: Bearer $METRICS_TOKEN`) opens it. A spoofed X-Forwarded-For can
therefore only close the door, never open it.

Refused requests get a 403, whatever the reason: a 404 outside the language prefix would be
turned by LocaleMiddleware into a redirect to /en/metrics/.
"""

import functools
import hmac
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@functools.cache
def _networks(entries):
    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
    except ValueError as error:
        raise ImproperlyConfigured(f"METRICS_ALLOWED_IPS: {error}") from error


def allowed_networks():
    return _networks(tuple(getattr(settings, "METRICS_ALLOWED_IPS", ("127.0.0.1", "::1"))))


def _token_matches(header):
    token = getattr(settings, "METRICS_TOKEN", "")
    scheme, _, given = header.partition(" ")
    if not token or scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def _address_allowed(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in allowed_networks())


def may_scrape(request):
    header = request.headers.get("Authorization", "")
    if header:  # a token that does not match is refused, whatever the address
        return _token_matches(header)
    if "HTTP_X_FORWARDED_FOR" in request.META:
        return False
    return _address_allowed(request.META.get("REMOTE_ADDR", ""))
