"""turnbackcrime.routing: one query for the pages along a URL routes as Wagtail's level-by-level
routing (wagtail-modeltranslation's, with translated slugs) does, on every page of the demo site."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from campaigns.models import TopicIndexPage
from home.models import HomePage
from tests.factories import TopicIndexPageFactory, TopicPageFactory
from turnbackcrime.routing import routes_as_wagtail


def both_routes(root, components):
    """(fast, original) routing of `components` from `root`: (page, args, its parent) or "404"."""
    request = RequestFactory().get("/")
    results = []
    for route in (HomePage.route, HomePage.route.fast_route_of):
        try:
            found = route(root, request, list(components))
        except Http404:
            results.append("404")
        else:
            # A routable page's route: its view (a bound method, compared by name) and arguments.
            args = found.args
            if args:
                view, view_args, view_kwargs = args
                args = (view.__name__, view_args, view_kwargs)
            parent = found.page.get_parent()
            results.append((type(found.page), found.page.pk, args, found.kwargs, parent.pk, type(parent)))
    return results


def test_fast_route_is_installed_on_the_site_root():
    assert hasattr(HomePage.route, "fast_route_of")


# English, and Arabic for translated slugs (French and Spanish are routed alike): ~2 s each.
@pytest.mark.parametrize("language", ("en", "ar"))
def test_every_page_and_routable_sub_url_routes_as_wagtail_does(demo_content, language):
    root = Site.objects.get(is_default_site=True).root_page.specific
    with translation.override(language):
        pages = list(Page.objects.descendant_of(root))
        assert len(pages) > 20
        checked = 0
        for page in pages:
            components = page.url_path[len(root.url_path) :].strip("/").split("/")
            fast, original = both_routes(root, components)
            assert fast == original, (language, page.url_path)
            checked += fast != "404"
            # A wrong last segment, and the routes of the routable indexes (the events'
            # calendar, the stories' feed) below every page: both routings agree too.
            for tail in (
                [*components[:-1], components[-1] + "-x"],
                [*components, "calendar"],
                [*components, "feed", "rss"],
            ):
                fast, original = both_routes(root, tail)
                assert fast == original, (language, tail)
        assert checked > 20


def test_an_unpublished_page_is_not_routed(demo_content):
    root = Site.objects.get(is_default_site=True).root_page.specific
    page = Page.objects.descendant_of(root).filter(depth=root.depth + 2).first().specific
    components = page.url_path[len(root.url_path) :].strip("/").split("/")
    page.unpublish()
    assert both_routes(root, components) == ["404", "404"]


@pytest.mark.django_db
def test_a_page_type_with_its_own_route_routes_the_rest_of_the_url(home_page, client, monkeypatch):
    index = TopicIndexPageFactory(parent=home_page)
    topic = TopicPageFactory(parent=index)
    calls = []

    def route(self, request, path_components):
        # A section that shows itself at every URL below it, its children included.
        calls.append((type(self), self.pk, self.get_parent().pk, list(path_components)))
        return RouteResult(self)

    assert routes_as_wagtail(TopicIndexPage)
    monkeypatch.setattr(TopicIndexPage, "route", route)  # as an app's ready() would install one
    assert not routes_as_wagtail(TopicIndexPage)
    response = client.get(topic.url)  # /topics/topic-n/: two levels, routed by fast_route
    assert response.status_code == 200
    assert response.context["page"].pk == index.pk
    assert calls == [(TopicIndexPage, index.pk, home_page.pk, [topic.slug])]
