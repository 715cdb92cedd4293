"""Values read once per content version (turnbackcrime.fragments.cached_value) are never stale.

The share picture of a page without a hero (the site settings' default share image), a page's
own hero share picture and the where-to-report block's link cost no query on a warm render,
and a change to the settings, the page or the page tree shows at the very next request.
"""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import TopicPage
from national.models import CountryIndexPage
from stories.models import StoryPage
from turnbackcrime.models import SiteSettings


def og_image(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    tag = BeautifulSoup(response.content, "html.parser").select_one('meta[property="og:image"]')
    return tag["content"] if tag else None


def queries_on(client, url, table):
    """Queries of one request that read `table` (a join to a row read anyway is no read of its own)."""
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return sum(f'FROM "{table}"' in q["sql"] for q in captured.captured_queries)


def test_the_default_share_image_is_read_once_and_a_settings_change_shows_at_once(demo_content, client):
    first = og_image(client, "/en/")
    assert first is not None and first.endswith(".jpg")
    assert queries_on(client, "/en/", "turnbackcrime_sitesettings") == 0
    assert queries_on(client, "/en/", "wagtailimages_rendition") == 0

    site_settings = SiteSettings.objects.get()
    image = site_settings.default_share_image_en
    site_settings.default_share_image_en = None
    site_settings.save()
    assert og_image(client, "/en/") is None

    site_settings.default_share_image_en = image
    site_settings.save()
    assert og_image(client, "/en/") == first


def test_a_page_share_image_is_read_once_and_a_new_hero_shows_at_once(demo_content, client):
    story = StoryPage.objects.live().exclude(hero_image=None).first()
    first = og_image(client, story.url)
    assert first is not None
    assert queries_on(client, story.url, "wagtailimages_image") == 0

    draft = story.get_latest_revision_as_object()
    draft.hero_image = None
    draft.save_revision().publish()
    # Without a hero, the page shares the site's default picture.
    default = og_image(client, "/en/")
    assert default != first
    assert og_image(client, story.url) == default


def test_the_where_to_report_link_follows_the_country_index_at_once(demo_content, client):
    topic = TopicPage.objects.live().first()

    def fragment_url():
        html = client.get(topic.url).content
        section = BeautifulSoup(html, "html.parser").select_one("#where-to-report")
        return section.get("data-fragment-url")

    index = CountryIndexPage.objects.get()
    assert fragment_url() == index.url + "where-to-report/"
    assert queries_on(client, topic.url, "national_countryindexpage") == 0

    index.unpublish()
    assert fragment_url() is None
