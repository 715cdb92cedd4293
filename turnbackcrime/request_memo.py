"""Values computed once per request and shared by everything that serves it.

Serving a page asks the same question many times: every `.public()` (one per
home page section, the menu, related topics…) reads the whole
PageViewRestriction table to exclude private sections. Inside a request,
`RequestMemoMiddleware` keeps such answers for the request's duration only, so
a restriction added by staff is seen by the very next request. Outside a request
(admin actions in tests, management commands) nothing is memoised.

The sites are read once too, all of them, with their root pages (specific: the
row of the page types that may be a site root is joined), the root pages'
locales and the content version (turnbackcrime.fragments) in the same query:
the request's site is chosen among them as Wagtail chooses it, Wagtail's routing
starts from the root page's specific page, and every language's site root paths
are made from them when the cache lacks them (`site_tags._warm_site_root_paths`),
where Wagtail and the content version would read them with a query each.
"""

import functools
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


def remember(name, value, replace=False):
    """What `memoised(name, …)` gives for the rest of the request (nothing outside a request);
    unless `replace`, only when nothing was memoised under `name` yet."""
    memo = _memo.get()
    if memo is not None and (replace or name not in memo):
        memo[name] = value


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


def sites():
    """Every site with its root page and that page's locale, once per request: one query, which
    also reads the content version (see the module docstring)."""

    def read():
        from django.db.models import Subquery
        from wagtail import hooks
        from wagtail.models import Site

        from .models import ContentVersion
        from .pages import joined_specific

        token = ContentVersion.objects.order_by("pk").values("token")[:1]
        joins = [f"root_page__{path}" for path in _root_page_joins()]
        query = Site.objects.select_related("root_page", "root_page__locale", *joins).annotate(
            content_version=Subquery(token)
        )
        # What installed apps join to a routed page (routing's hook), for the root pages: the
        # home page is served without routing.
        own = set(query.query.annotations)
        for annotate in hooks.get_hooks("annotate_routed_page"):
            query = annotate(None, query, page_ref="root_page_id")
        joined = set(query.query.annotations) - own
        found = list(query)
        for site in found:
            root = site.root_page
            for name in joined:
                root.__dict__[name] = site.__dict__.pop(name)
            model = root.specific_class
            if model is not None and "__".join(_path_for(model)) in _root_page_joins():
                specific = joined_specific(root)
                # As Wagtail's `get_specific` does: the generic page's other attributes carried over.
                for name, value in root.__dict__.items():
                    specific.__dict__.setdefault(name, value)
                root.__dict__["specific"] = specific
        if found and found[0].content_version:
            remember("content_version", found[0].content_version)
        return found

    return memoised("sites", read)


def _path_for(model):
    from .pages import path_from_page

    return path_from_page(model._meta.concrete_model)


@functools.cache
def _root_page_joins():
    """The `select_related` paths (from Page) of the page types that may be a site root (their
    parent the tree's root): the home page."""
    from wagtail.models import Page, get_page_models

    return tuple(
        "__".join(_path_for(model))
        for model in get_page_models()
        if model is not Page and not model._meta.proxy and Page in model.allowed_parent_page_models()
    )


def get_site_for_hostname(hostname, port):
    """Wagtail's `wagtail.models.sites.get_site_for_hostname`, choosing among `sites()`."""
    from wagtail.models import Site
    from wagtail.models import sites as wagtail_sites

    if _memo.get() is None:
        return _wagtail_get_site_for_hostname(hostname, port)

    def match(site):
        # As Wagtail's query ranks them (the port compared as SQL compares it, as a number).
        if site.hostname == hostname and str(site.port) == str(port):
            return wagtail_sites.MATCH_HOSTNAME_PORT
        if site.hostname == hostname and site.is_default_site:
            return wagtail_sites.MATCH_HOSTNAME_DEFAULT
        if site.is_default_site:
            return wagtail_sites.MATCH_DEFAULT
        return wagtail_sites.MATCH_HOSTNAME

    found = sorted((site for site in sites() if site.hostname == hostname or site.is_default_site), key=match)
    for site in found:
        site.match = match(site)
    # Wagtail's choice among them, as written there.
    if found:
        if len(found) == 1 or found[0].match in (
            wagtail_sites.MATCH_HOSTNAME_PORT,
            wagtail_sites.MATCH_HOSTNAME_DEFAULT,
        ):
            return found[0]
        if found[0].match == wagtail_sites.MATCH_DEFAULT:
            return found[len(found) == 2]
    raise Site.DoesNotExist()


_wagtail_get_site_for_hostname = None
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
    the restrictions read once per request, and the choice of a request's site the sites read
    once per request."""
    global _wagtail_get_view_restrictions, _wagtail_get_site_for_hostname
    from wagtail.models import Page
    from wagtail.models import sites as wagtail_sites

    _wagtail_get_site_for_hostname = wagtail_sites.get_site_for_hostname
    wagtail_sites.get_site_for_hostname = get_site_for_hostname
    PageQuerySet.private_q = private_q
    _wagtail_get_view_restrictions = Page.get_view_restrictions
    Page.get_view_restrictions = get_view_restrictions
