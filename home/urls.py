"""The site's URLs: the core's (admin, sitemap, the page tree under /<lang>/, /metrics/) and
what domain apps serve outside the page tree (the pledge badge and count API, partners.urls).

The core names no domain app, so the wiring happens here, as for the home page's sections.
"""

from partners import urls as partner_urls
from turnbackcrime import urls as core_urls
from turnbackcrime.metrics import urls as metrics_urls

urlpatterns = metrics_urls.urlpatterns + partner_urls.urlpatterns + core_urls.urlpatterns

handler500 = core_urls.handler500
