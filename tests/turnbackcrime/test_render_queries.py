"""SQL queries per public page kind on the demo site, cold (empty cache) and warm, in English and Arabic.

Exact numbers, so that a change that adds a query fails here and says where.
"Cold" is the first request after the cache is emptied (per-process caches such
as content types already filled by an earlier request): no fragment, no value
kept per content version, no site root paths; "warm" the next one. The targets
of issue #11: at most 15 cold and 10 warm, asserted for every kind.

What a page costs at least: the sites (1, with the home page's specific row, its
locale and the content version of turnbackcrime.fragments: turnbackcrime.request_memo),
routing (2 for a page right under the home page: the child among its siblings,
then its specific row; deeper, one query for the pages along the URL and one per
specific row, turnbackcrime.routing) and the view restrictions (1,
turnbackcrime.request_memo). Warm, the share picture and the where-to-report link
come with the content version; cold, the site root paths of
the four languages are made from the sites already read, the settings are one
query (with their share images and call-to-action page).
The outdated-translation note costs none: its status is read with the routed
page's specific row, or with the sites for the home page (translations.notes).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

COLD_TARGET, WARM_TARGET = 15, 10


def page(model_path, **lookup):
    def find():
        from django.utils.module_loading import import_string

        return import_string(model_path).objects.get(**lookup).url

    return find


STORY = {"slug_en": "dangerous-fake-goods-seized-across-eastern-and-southern-africa"}

# kind: (url, or a function giving it in the active language; {language: (cold, warm)})
COUNTS = {
    "home": ("/{lang}/", {"en": (15, 3), "ar": (15, 3)}),
    "topic-index": (page("campaigns.models.TopicIndexPage"), {"en": (10, 7), "ar": (10, 7)}),
    "topic": (page("campaigns.models.TopicPage", slug_en="stay-safe-online"), {"en": (10, 4), "ar": (10, 4)}),
    "story-index": (page("stories.models.StoryIndexPage"), {"en": (12, 7), "ar": (12, 7)}),
    "story": (page("stories.models.StoryPage", **STORY), {"en": (10, 4), "ar": (10, 4)}),
    "gallery-index": (page("galleries.models.GalleryIndexPage"), {"en": (11, 8), "ar": (11, 8)}),
    "gallery": (
        page("galleries.models.GalleryPage", slug_en="campaign-launch"),
        {"en": (9, 6), "ar": (9, 6)},
    ),
    "partner-news-index": (page("partners.models.PartnerNewsIndexPage"), {"en": (11, 8), "ar": (11, 8)}),
    "partner-news-item": (
        page("partners.models.PartnerNewsPage", slug_en="ferrari-pledge-video"),
        {"en": (10, 6), "ar": (10, 6)},
    ),
    "pledge-page": (page("partners.models.PledgePage"), {"en": (11, 4), "ar": (11, 4)}),
    "pledge-wall": (
        lambda: page("partners.models.PledgePage")() + "?page=1",
        {"en": (11, 8), "ar": (11, 8)},
    ),
    "event-index": (page("events.models.EventIndexPage"), {"en": (12, 7), "ar": (12, 7)}),
    "event": (page("events.models.EventPage", slug_en="launch-bogota"), {"en": (7, 4), "ar": (7, 4)}),
    "country-index": (page("national.models.CountryIndexPage"), {"en": (9, 6), "ar": (9, 6)}),
    "country": (page("national.models.CountryPage", country="CO"), {"en": (12, 4), "ar": (12, 4)}),
    "toolkit": (page("national.models.ToolkitPage"), {"en": (8, 5), "ar": (8, 5)}),
    "search-empty": ("/{lang}/search/", {"en": (4, 3), "ar": (4, 3)}),
    "search": ("/{lang}/search/?q=crime", {"en": (9, 6), "ar": (9, 6)}),
    "404": ("/{lang}/no-such-page/", {"en": (6, 3), "ar": (6, 3)}),
}

CASES = [(kind, lang) for kind in COUNTS for lang in ("en", "ar")]


def url_of(kind, lang):
    where = COUNTS[kind][0]
    with translation.override(lang):
        return where.format(lang=lang) if isinstance(where, str) else where()


def count(client, url, status):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status, url
    return [q["sql"] for q in captured.captured_queries]


def cold_and_warm(client, url, status=200):
    client.get(url)  # fills per-process caches (content types), as any running server has
    cache.clear()
    cold = count(client, url, status)
    warm = count(client, url, status)
    return cold, warm


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_queries_per_page_kind_cold_and_warm(demo_content, client, kind, lang):
    url = url_of(kind, lang)
    cold, warm = cold_and_warm(client, url, 404 if kind == "404" else 200)
    expected = COUNTS[kind][1][lang]
    assert (len(cold), len(warm)) == expected, "\n".join(q[:160] for q in cold)
    assert len(cold) <= COLD_TARGET and len(warm) <= WARM_TARGET, url
