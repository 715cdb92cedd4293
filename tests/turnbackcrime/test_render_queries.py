"""SQL queries per public page kind on the demo site, cold (empty cache) and warm, in English and Arabic.

Exact numbers, so that a change that adds a query fails here and says where.
"Cold" is the first request after the cache is emptied (per-process caches such
as content types already filled by an earlier request): no fragment, no value
kept per content version, no site root paths; "warm" the next one. The targets
of issue #11: at most 15 cold and 10 warm, asserted for every kind but those
named in OVER_TARGET, with what is left there.

What a page costs at least: the site (1), routing (2 for a page right under the
home page: the child among its siblings, then its specific row; deeper, one query
for the pages along the URL and one per specific row, turnbackcrime.routing), the view
restrictions (1, turnbackcrime.request_memo) and the content version (1,
turnbackcrime.fragments). Warm, the share picture and the where-to-report link
come with the content version; cold, the site root paths of the four languages
are one query (before `get_context`), the settings one (with their share images
and call-to-action page). The outdated-translation note of a routed page costs
none: its status is read with the page's specific row (translations.notes).
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
    "home": ("/{lang}/", {"en": (23, 6), "ar": (24, 6)}),
    "topic-index": (page("campaigns.models.TopicIndexPage"), {"en": (13, 9), "ar": (13, 9)}),
    "topic": (page("campaigns.models.TopicPage", slug_en="stay-safe-online"), {"en": (13, 6), "ar": (13, 6)}),
    "story-index": (page("stories.models.StoryIndexPage"), {"en": (15, 9), "ar": (15, 9)}),
    "story": (page("stories.models.StoryPage", **STORY), {"en": (13, 6), "ar": (13, 6)}),
    "gallery-index": (page("galleries.models.GalleryIndexPage"), {"en": (14, 10), "ar": (14, 10)}),
    "gallery": (
        page("galleries.models.GalleryPage", slug_en="campaign-launch"),
        {"en": (12, 8), "ar": (12, 8)},
    ),
    "partner-news-index": (page("partners.models.PartnerNewsIndexPage"), {"en": (14, 10), "ar": (14, 10)}),
    "partner-news-item": (
        page("partners.models.PartnerNewsPage", slug_en="ferrari-pledge-video"),
        {"en": (13, 8), "ar": (13, 8)},
    ),
    "pledge-page": (page("partners.models.PledgePage"), {"en": (14, 6), "ar": (14, 6)}),
    "pledge-wall": (
        lambda: page("partners.models.PledgePage")() + "?page=1",
        {"en": (14, 10), "ar": (14, 10)},
    ),
    "event-index": (page("events.models.EventIndexPage"), {"en": (15, 9), "ar": (15, 9)}),
    "event": (page("events.models.EventPage", slug_en="launch-bogota"), {"en": (10, 6), "ar": (10, 6)}),
    "country-index": (page("national.models.CountryIndexPage"), {"en": (12, 8), "ar": (12, 8)}),
    "country": (page("national.models.CountryPage", country="CO"), {"en": (15, 6), "ar": (15, 6)}),
    "toolkit": (page("national.models.ToolkitPage"), {"en": (11, 7), "ar": (11, 7)}),
    "search-empty": ("/{lang}/search/", {"en": (6, 3), "ar": (6, 3)}),
    "search": ("/{lang}/search/?q=crime", {"en": (11, 7), "ar": (11, 7)}),
    "404": ("/{lang}/no-such-page/", {"en": (9, 5), "ar": (9, 5)}),
}

# Still above 15 cold / 10 warm, in these languages, and why (README "Render speed: fragment caches").
OVER_TARGET = {
    # Seven sections (featured, topics, news, pledges, posts, stories, galleries, events), each
    # at least one query, on a cold render; their renditions are one query. In Arabic (as French
    # and Spanish) the outdated-translation note's query too: the home page is not routed.
    "home": {"en", "ar"},
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
    if lang not in OVER_TARGET.get(kind, ()):
        assert len(cold) <= COLD_TARGET and len(warm) <= WARM_TARGET, url
