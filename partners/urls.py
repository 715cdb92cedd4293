"""Pledge URLs outside the page tree, the same in every language: the embeddable badge and
the public count API (wired in by home.urls)."""

from django.urls import path, re_path

from . import api, badges

urlpatterns = [
    re_path(r"^badge/(?P<lang>[a-z]{2})\.svg$", badges.badge_svg_view, name="pledge-badge-svg"),
    re_path(
        r"^badge/(?P<lang>[a-z]{2})/(?P<pledge_id>[0-9]+)\.svg$",
        badges.badge_svg_view,
        name="pledge-badge-svg",
    ),
    re_path(r"^badge/(?P<lang>[a-z]{2})/$", badges.badge_view, name="pledge-badge"),
    re_path(r"^badge/(?P<lang>[a-z]{2})/(?P<pledge_id>[0-9]+)/$", badges.badge_view, name="pledge-badge"),
    path("api/pledges/count.json", api.count_view, name="pledge-count-api"),
    path("api/v1/pledges/count.json", api.count_view, name="pledge-count-api-v1"),
    re_path(r"^api/v1/pledges/(?P<lang>[a-z]{2})/count\.json$", api.count_view, name="pledge-count-api-lang"),
    re_path(
        r"^api/v1/pledges/country/(?P<country>[A-Za-z]{2})\.json$",
        api.country_count_view,
        name="pledge-count-api-country",
    ),
]
