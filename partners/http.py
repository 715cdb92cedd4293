"""Headers for what other sites embed or fetch (the badge, the count API): cacheable by
browsers and shared caches, never personal, never a cookie."""

from django.utils.cache import patch_cache_control

# A minute in browsers, five in shared caches (Varnish): counts move slowly, badges are hot.
MAX_AGE = 60
S_MAXAGE = 300


def public_cacheable(response, max_age=MAX_AGE, s_maxage=S_MAXAGE):
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=s_maxage)
    # Other sites load these (an <img>, a fetch, a frame): a site-wide same-origin CORP would block them.
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response
