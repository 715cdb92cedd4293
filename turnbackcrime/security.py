"""Security headers for every response: Content-Security-Policy, Permissions-Policy, CORP, COOP.

Public pages have no inline script or style (a test checks the templates), so their policy
is strict: nothing by default, then only this site's own scripts, styles and images (and
the media host when media live elsewhere), video players in frames, no framing of us.
The Wagtail admin uses inline scripts and styles of its own, so /admin/ gets a looser
policy of its own; it is still same-origin only for scripts.

A header a view has already set is left alone (e.g. the embeddable badge sets its own
`frame-ancestors *` and Cross-Origin-Resource-Policy: cross-origin).
"""

from django.conf import settings


def _policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}".strip() for name, sources in directives.items())


def public_policy():
    media = list(settings.CSP_MEDIA_SOURCES)
    return _policy(
        {
            "default-src": ["'none'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": ["'self'", "data:", *media],
            "media-src": ["'self'", *media],
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "manifest-src": ["'self'"],
            "frame-src": list(settings.CSP_FRAME_SOURCES),
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "frame-ancestors": ["'none'"],
        }
    )


def admin_policy():
    media = list(settings.CSP_MEDIA_SOURCES)
    return _policy(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'", "'unsafe-inline'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": ["'self'", "data:", "blob:", *media],
            "media-src": ["'self'", "blob:", *media],
            "frame-src": ["'self'", *settings.CSP_FRAME_SOURCES],
            "connect-src": ["'self'"],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
            "frame-ancestors": ["'self'"],  # the admin previews pages in its own frames
        }
    )


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(self.admin_prefix)
        response.headers.setdefault(
            "Content-Security-Policy", admin_policy() if is_admin else public_policy()
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
