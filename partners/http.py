"""Headers for what other sites embed or fetch (the badge, the count API): cacheable by
browsers and shared caches, never personal, never a cookie."""

import functools

from django.utils.cache import patch_cache_control

# A minute in browsers, five in shared caches (Varnish): counts move slowly, badges are hot.
MAX_AGE = 60
S_MAXAGE = 300


def outside_language_prefixes(view):
    """For views outside /<lang>/: their 404 stays a 404.

    LocaleMiddleware answers a 404 on an unprefixed path by redirecting to /en/<path> when
    that resolves, and Wagtail's catch-all under /en/ resolves everything: /badge/en/999/
    would become a redirect to a page tree 404. Reading this app's URLs instead tells it
    that no language prefix applies here.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        request.urlconf = "partners.urls"
        return view(request, *args, **kwargs)

    return wrapped


def public_cacheable(response, max_age=MAX_AGE, s_maxage=S_MAXAGE):
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=s_maxage)
    # Other sites load these (an <img>, a fetch, a frame): a site-wide same-origin CORP would block them.
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response
