"""sitemap.xml: every live page in every language, with hreflang alternates and x-default."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request=None):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) if self.request else Site.objects.get(is_default_site=True)
        return list(
            Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")
        )

    def location(self, page):
        # Called with each language active (i18n = True): the page's translated URL.
        return page.get_url(request=self.request)

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        # Django's x-default strips the language prefix ("/topics/"), which is not a
        # URL here: translated slugs need their prefix. The English URL stands in.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            english = next((a["location"] for a in url["alternates"] if a["lang_code"] == "en"), None)
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default" and english:
                    alternate["location"] = english
        return urls


def sitemap_view(request):
    from django.contrib.sitemaps.views import sitemap

    return sitemap(request, sitemaps={"pages": PageSitemap(request)})
