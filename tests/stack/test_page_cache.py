"""The full-page cache on the real stack: Varnish, gunicorn (production settings), PostgreSQL, Redis.

Hit, miss and purge per page kind and language; what is never cached; no cookies on
cached pages; 304s; and no stale page after publish, unpublish, move, delete, a snippet
change or a pledge approval, each visible through Varnish within a second.
"""

import re

import pytest
import requests
from django.utils import translation
from wagtail.models import Site

from campaigns.models import CrimeTheme, TopicIndexPage, TopicPage
from galleries.models import GalleryIndexPage, GalleryPage
from home.models import HomePage
from partners.models import PartnerNewsIndexPage, PartnerNewsPage, Pledge, PledgePage, PledgeStatus
from partners.moderation import approve_pledge
from stories.models import StoryIndexPage, StoryPage
from tests.demo_snapshot import use_database
from tests.stack.conftest import get, wait_until
from turnbackcrime.models import SiteSettings

pytestmark = pytest.mark.stack

LANGUAGES = ["en", "fr", "es", "ar"]
# Each kind of page in one language (rotating), the home page in all four.
KIND_MODELS = {
    "topic index": TopicIndexPage,
    "topic": TopicPage,
    "story index": StoryIndexPage,
    "story": StoryPage,
    "partner news index": PartnerNewsIndexPage,
    "partner news": PartnerNewsPage,
    "gallery index": GalleryIndexPage,
    "gallery": GalleryPage,
    "pledge": PledgePage,
}
CASES = [("home", language) for language in LANGUAGES] + [
    (kind, LANGUAGES[index % 4]) for index, kind in enumerate([*KIND_MODELS, "search"])
]


def path_of(page, language):
    with translation.override(language):
        return page.get_url()


def paths_of(page):
    return {language: path_of(page, language) for language in LANGUAGES}


@pytest.fixture(scope="module")
def kind_paths(stack, django_db_blocker):
    """(kind, language) -> path, for pages no other test here changes (the last of each kind)."""
    with django_db_blocker.unblock(), use_database(stack.database):
        paths = {}
        for language in LANGUAGES:
            paths[("home", language)] = path_of(HomePage.objects.get(), language)
            paths[("search", language)] = f"/{language}/search/"
            for kind, model in KIND_MODELS.items():
                paths[(kind, language)] = path_of(model.objects.live().order_by("path").last(), language)
        return paths


def purge(stack, path):
    response = requests.request("PURGE", stack.url + path, timeout=10)
    assert response.status_code == 200


def cache_state(response):
    return response.headers.get("X-Cache")


@pytest.mark.parametrize(("kind", "language"), CASES, ids=[f"{kind}-{language}" for kind, language in CASES])
def test_public_page_is_a_miss_then_a_hit_then_purged(stack, kind_paths, kind, language):
    path = kind_paths[(kind, language)]
    purge(stack, path)
    first = get(stack.url + path)
    assert first.status_code == 200, path
    assert cache_state(first) == "MISS"
    assert "s-maxage=" in first.headers["Cache-Control"] and "public" in first.headers["Cache-Control"]
    assert "stale-while-revalidate=" in first.headers["Cache-Control"]
    assert "Set-Cookie" not in first.headers
    # One copy for every visitor in a CDN too: the response does not vary on cookies.
    assert "cookie" not in first.headers.get("Vary", "").lower(), first.headers["Vary"]
    assert f'lang="{language}"' in first.text
    second = get(stack.url + path)
    assert cache_state(second) == "HIT"
    assert "Set-Cookie" not in second.headers
    # No word of the server software (gunicorn's Server header, Varnish's Via and X-Varnish).
    assert not {"Server", "Via", "X-Varnish"} & (set(first.headers) | set(second.headers)), second.headers
    assert "cookie" not in second.headers.get("Vary", "").lower()
    assert second.content == first.content
    # A paginated or filtered variant of the path goes with the purge of the path.
    get(stack.url + path + "?page=1")
    assert cache_state(get(stack.url + path + "?page=1")) == "HIT"
    purge(stack, path)
    assert cache_state(get(stack.url + path)) == "MISS"
    assert cache_state(get(stack.url + path + "?page=1")) == "MISS"


def test_what_is_never_cached(stack, kind_paths):
    pledge = kind_paths[("pledge", "en")]
    cases = [
        ("admin", lambda: get(stack.url + "/admin/login/")),
        ("search with a query", lambda: get(stack.url + "/en/search/?q=crime")),
        ("editor", lambda: get(stack.url + pledge, cookies={"sessionid": "an-editors-session"})),
        ("POST", lambda: requests.post(stack.url + pledge, data={"name": "x"}, timeout=30)),
        ("visitor tokens", lambda: get(stack.url + pledge + "visitor-tokens/")),
    ]
    for label, fetch in cases:
        fetch()
        response = fetch()
        assert cache_state(response) == "MISS", label
        assert "public" not in response.headers.get("Cache-Control", ""), label


def test_request_cookies_are_dropped_for_cached_pages(stack, kind_paths):
    path = kind_paths[("topic", "en")]
    get(stack.url + path)
    response = get(stack.url + path, cookies={"csrftoken": "abc", "tracking": "1"})
    assert cache_state(response) == "HIT"
    assert "Set-Cookie" not in response.headers


def test_conditional_get_gets_304_from_the_app_and_from_varnish(stack, kind_paths):
    path = kind_paths[("story", "fr")]
    for base in (stack.app_url(0), stack.url):
        full = get(base + path)
        etag, modified = full.headers["ETag"], full.headers["Last-Modified"]
        assert get(base + path, headers={"If-None-Match": etag}).status_code == 304, base
        assert get(base + path, headers={"If-Modified-Since": modified}).status_code == 304, base
        assert get(base + path, headers={"If-None-Match": '"another"'}).status_code == 200, base


def test_request_id_is_added_or_passed_on(stack, kind_paths):
    generated = get(stack.url + kind_paths[("home", "en")]).headers["X-Request-ID"]
    assert generated
    assert get(stack.url + "/en/", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"


def cached(stack, paths):
    """Warm every path (so a fresh page later proves a purge) and check each is now a hit."""
    for path in paths:
        get(stack.url + path)
        assert cache_state(get(stack.url + path)) == "HIT", path


def shows_everywhere(stack, paths, text):
    return all(text in get(stack.url + path).text for path in paths)


def shows_nowhere(stack, paths, text):
    return not any(text in get(stack.url + path).text for path in paths)


def test_publish_is_visible_everywhere_within_a_second(on_stack_db):
    stack = on_stack_db
    story = StoryPage.objects.live().order_by("-operation_date", "-first_published_at").first()
    index = story.get_parent().specific
    paths = [*paths_of(story).values(), *paths_of(index).values(), "/en/"]
    cached(stack, paths)
    for language in LANGUAGES:
        setattr(story, f"title_{language}", f"{getattr(story, f'title_{language}')} [new-{language}]")
    story.save_revision().publish()
    seconds = wait_until(
        lambda: (
            all(
                f"[new-{language}]" in get(stack.url + path_of(page, language)).text
                for language in LANGUAGES
                for page in (story, index)
            )
            and "[new-en]" in get(stack.url + "/en/").text
        ),
        timeout=3,  # the target is 1 s (make bench measures the purge); nine renders on a busy machine take more
    )
    print(f"published change visible in four languages after {seconds:.3f} s")


def test_unpublish_leaves_no_stale_page(on_stack_db):
    stack = on_stack_db
    gallery = GalleryPage.objects.live().order_by("path").first()
    paths = list(paths_of(gallery).values())
    index_path = path_of(gallery.get_parent(), "en")
    cached(stack, [*paths, index_path])
    gallery.unpublish()
    wait_until(lambda: all(get(stack.url + path).status_code == 404 for path in paths))
    wait_until(lambda: paths[0] not in get(stack.url + index_path).text)


def test_delete_leaves_no_stale_page(on_stack_db):
    stack = on_stack_db
    news = PartnerNewsPage.objects.live().order_by("path").first()
    paths = list(paths_of(news).values())
    index_path = path_of(news.get_parent(), "es")
    cached(stack, [*paths, index_path])
    news.delete()
    wait_until(lambda: all(get(stack.url + path).status_code == 404 for path in paths))
    wait_until(lambda: paths[2] not in get(stack.url + index_path).text)


def card_order(html, prefix):
    return re.findall(rf'class="card__title"><a href="({re.escape(prefix)}[^"]+)"', html)


def test_move_reorders_the_listing_at_once(on_stack_db):
    stack = on_stack_db
    index = TopicIndexPage.objects.get()
    index_path = path_of(index, "ar")
    cached(stack, [index_path])
    before = card_order(get(stack.url + index_path).text, index_path)
    last = TopicPage.objects.child_of(index).live().order_by("path").last()
    first = TopicPage.objects.child_of(index).live().order_by("path").first()
    last.move(first, pos="left")
    wait_until(lambda: card_order(get(stack.url + index_path).text, index_path)[0] == before[-1])


def test_snippet_changes_purge_what_shows_them(on_stack_db):
    stack = on_stack_db
    theme = CrimeTheme.objects.filter(stories__live=True).distinct().order_by("pk").first()
    story_index_path = path_of(StoryIndexPage.objects.get(), "en")
    topic_path = path_of(TopicPage.objects.live().order_by("path").last(), "fr")
    cached(stack, [story_index_path, topic_path])
    theme.name_en = "Renamed theme for the cache test"
    theme.save()
    wait_until(lambda: shows_everywhere(stack, [story_index_path], "Renamed theme for the cache test"))
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.footer_text_fr = "Pied de page changé pour le test du cache"
    settings_row.save()
    wait_until(lambda: shows_everywhere(stack, [topic_path], "Pied de page changé pour le test du cache"), 3)


def test_pledge_approval_shows_on_the_wall_at_once(on_stack_db):
    stack = on_stack_db
    pledge_page = PledgePage.objects.get()
    paths = [path_of(pledge_page, "en"), path_of(pledge_page, "ar")]
    cached(stack, paths)
    pledge = Pledge.objects.create(
        name="Cache Test Rowing Club",
        kind="other",
        country="NO",
        statement="We pledge to tell our members about counterfeit goods.",
        contact_name="Ola",
        contact_email="ola@example.org",
        consent_to_publish=True,
        submission_key="cache-test-pledge",
        status=PledgeStatus.PENDING,
    )
    assert cache_state(get(stack.url + paths[0])) == "HIT"  # a pending pledge changes nothing public
    approve_pledge(pledge)
    wait_until(lambda: shows_everywhere(stack, paths, "Cache Test Rowing Club"))
