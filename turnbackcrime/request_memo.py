"""Values computed once per request and shared by everything that serves it.

Serving a page asks the same question many times: every `.public()` (one per
home page section, the menu, related topics…) reads the whole
PageViewRestriction table to exclude private sections. Inside a request,
`RequestMemoMiddleware` keeps such answers for the request's duration only, so
a restriction added by staff is seen by the very next request. Outside a request
(admin actions in tests, management commands) nothing is memoised.
"""

from contextvars import ContextVar

from wagtail.query import PageQuerySet

_memo = ContextVar("request_memo", default=None)


def memoised(name, compute):
    """`compute()` once per request under `name`; called each time outside a request."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def _view_restrictions():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.select_related("page"))


_wagtail_private_q = PageQuerySet.private_q
_wagtail_get_view_restrictions = None


def private_q(self):
    """Wagtail's `PageQuerySet.private_q`, reading the restrictions once per request."""
    from django.db.models import Q

    if _memo.get() is None:
        return _wagtail_private_q(self)
    q = Q()
    for restriction in memoised("view_restrictions", _view_restrictions):
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    # As Wagtail's: match no page when no section is private.
    return q if q else Q(pk__in=[])


def get_view_restrictions(self):
    """Wagtail's `Page.get_view_restrictions` (checked before serving a page), skipped when no
    section of the site is private: then none can apply, whatever the page or its aliases."""
    from wagtail.models import PageViewRestriction

    if _memo.get() is not None and not memoised("view_restrictions", _view_restrictions):
        return PageViewRestriction.objects.none()
    return _wagtail_get_view_restrictions(self)


def install():
    """Make `.public()` (Wagtail's querysets and ours) and the check before serving a page use
    the restrictions read once per request."""
    global _wagtail_get_view_restrictions
    from wagtail.models import Page

    PageQuerySet.private_q = private_q
    _wagtail_get_view_restrictions = Page.get_view_restrictions
    Page.get_view_restrictions = get_view_restrictions
