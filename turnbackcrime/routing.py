"""One query for the pages along a URL, instead of two per level of the tree.

Wagtail (as wagtail-modeltranslation patches it) routes a URL one level at a
time: the children of a page, then the specific row of the one whose slug (in
the visitor's language) matches, and so on down. `fast_route` wraps the site
root's `route`: the pages whose translated `url_path` is a prefix of the URL
come in one query; each level is checked as the original would (a child of the
level above, its slug the URL's segment), a live routable page on the way
(`RoutablePageMixin`) first tries the rest of the URL as one of its routes, and
the page found routes the empty rest itself (its parent from the chain, so that
`get_parent()` costs no query; read with the relations its page type names in
`route_select_related`, such as its hero image, and with what installed apps join to
it through the "annotate_routed_page" hook: `fn(request, queryset, page_ref="pk")` returns
the queryset, e.g. annotated with the translation's status; `page_ref` names the column
holding the page's id, `root_page_id` when `request_memo.sites()` reads the site roots).
Anything that does not fit (a missing level, a language without its column) falls back to
the original routing, so no URL is lost.
A page right under the root is found as Wagtail finds it (its children, one query), then read
as above.

Only Wagtail's own `route` (as wagtail-modeltranslation patches it) and `RoutablePageMixin.route`
are reproduced here. A page on the way whose type routes in its own way (a `route` of its own, or
one patched in later) is handed the rest of the URL, as Wagtail would hand it over.
"""

from django.http import Http404
from django.utils.translation import get_language
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def _chain(root, path_components, language):
    """The pages from `root`'s child down to the URL's page, or None where the tree does not match."""
    field = build_localized_fieldname("url_path", language)
    prefix = root.url_path
    wanted = []
    for component in path_components:
        prefix += component + "/"
        wanted.append(prefix)
    found = (
        Page.objects.filter(**{f"{field}__in": wanted})
        .filter(path__startswith=root.path, depth__gt=root.depth, depth__lte=root.depth + len(wanted))
        .order_by("path")
    )
    by_depth = {}
    for page in found:
        by_depth.setdefault(page.depth, []).append(page)
    chain, parent = [], root
    for component in path_components:
        candidates = [
            page
            for page in by_depth.get(parent.depth + 1, ())
            if page.path.startswith(parent.path) and page.slug == component
        ]
        if not candidates:
            return None
        parent = candidates[0]
        chain.append(parent)
    return chain


def routes_as_wagtail(model):
    """Whether `model`'s `route` is one `fast_route` reproduces: Wagtail's page routing (as
    wagtail-modeltranslation patches it onto every page type) or `RoutablePageMixin`'s."""
    return model.route in (Page.route, RoutablePageMixin.route)


def fast_route(original):
    def route(self, request, path_components):
        language = get_language()
        # A routable root routes its own sub-URLs.
        if (
            not path_components
            or isinstance(self, RoutablePageMixin)
            or language not in mt_settings.AVAILABLE_LANGUAGES
        ):
            return original(self, request, path_components)
        if len(path_components) == 1:
            # One level: the children as the original reads and compares them (one query).
            chain = [page for page in self.get_children() if page.slug == path_components[0]][:1]
            if not chain:
                raise Http404
        else:
            chain = _chain(self, path_components, language)
        if chain is None:
            return original(self, request, path_components)
        for level, page in enumerate(chain[:-1]):
            model = page.specific_class
            if model is None:
                return original(self, request, path_components)
            if not routes_as_wagtail(model):
                # A page type with a routing of its own routes the rest of the URL itself.
                page = page.specific
                page._cached_parent_obj = chain[level - 1] if level else self
                return page.route(request, path_components[level + 1 :])
            if issubclass(model, RoutablePageMixin) and page.live:
                # As the original: a live routable page first tries the rest as one of its
                # routes, else routing goes on to its child (already in the chain).
                # Its class's routes first: the specific row is read only for a route of its own.
                rest = "/" + "/".join(path_components[level + 1 :]) + "/"
                try:
                    model.get_resolver().resolve(rest)
                except Http404:
                    continue
                routable = page.specific
                resolver_match = routable.resolve_subpage(rest)
                request.routable_resolver_match = resolver_match  # as RoutablePageMixin.route sets it
                view, args, kwargs = resolver_match
                return RouteResult(routable, args=(view, args, kwargs))
        model = chain[-1].specific_class
        if model is None:
            return original(self, request, path_components)
        # With what its view shows of its relations (`route_select_related` on the page type),
        # and what installed apps join to it (the "annotate_routed_page" hook).
        pages = model._default_manager.select_related(*getattr(model, "route_select_related", ()))
        for annotate in hooks.get_hooks("annotate_routed_page"):
            pages = annotate(request, pages)
        page = pages.get(pk=chain[-1].pk)
        if len(chain) > 1:
            # Its parent, read with it: `get_parent()` (treebeard's cache) costs no query.
            page._cached_parent_obj = chain[-2]
        return page.route(request, [])

    route.fast_route_of = original
    return route
