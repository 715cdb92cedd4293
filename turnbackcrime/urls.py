from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .health import health_view
from .search.views import search_view, suggest_view
from .sitemaps import sitemap_view
from .views import root_icon, web_manifest


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain"

    def get_context_data(self, **kwargs):
        return {"sitemap_url": self.request.build_absolute_uri("/sitemap.xml")}


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("favicon.ico", root_icon, {"name": "favicon.ico"}, name="favicon"),
    path("apple-touch-icon.png", root_icon, {"name": "apple-touch-icon.png"}, name="apple-touch-icon"),
    path("manifest.webmanifest", web_manifest, name="web-manifest"),
    path("health/", health_view, name="health"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Every public page lives under its language: /en/, /fr/, /es/, /ar/. A request
# for "/" is redirected by LocaleMiddleware to the visitor's language
# (Accept-Language, else English). Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("search/", search_view, name="search"),
    path("search/suggest/", suggest_view, name="search_suggest"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "turnbackcrime.views.server_error"
