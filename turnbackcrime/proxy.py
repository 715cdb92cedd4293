"""The visitor's address behind our own proxy (Varnish, a load balancer).

Behind Varnish every request comes from the proxy's address, so the pledge form's rate
limit (partners/spam.py) would count all visitors as one. When the request comes from a
proxy listed in TRUSTED_PROXIES, REMOTE_ADDR becomes the last address of
X-Forwarded-For: the one our proxy added. Addresses before it were sent by the client
and are never trusted.
"""

from django.conf import settings


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted = set(getattr(settings, "TRUSTED_PROXIES", ()))

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded and request.META.get("REMOTE_ADDR") in self.trusted:
            request.META["REMOTE_ADDR"] = forwarded.rsplit(",", 1)[-1].strip()
        return self.get_response(request)
