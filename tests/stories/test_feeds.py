"""RSS 2.0 and Atom feeds per language, read with a real feed parser."""

import feedparser
import pytest
from bs4 import BeautifulSoup

INDEX = {"en": "success-stories", "fr": "reussites", "es": "casos-de-exito", "ar": "success-stories-ar"}
INDEX_TITLE = {"en": "Success stories", "fr": "Réussites", "es": "Casos de éxito", "ar": "قصص نجاح"}
STORY_TITLE = {
    "en": "July 2014: Dangerous fake goods seized",
    "fr": "juillet 2014 : Des contrefaçons dangereuses saisies",
    "es": "julio de 2014: Incautados productos falsificados peligrosos",
    "ar": "يوليو 2014: ضبط سلع مزيفة خطيرة",
}
STORY_SLUG = {"en": "wipeout", "fr": "wipeout-fr", "es": "wipeout-es", "ar": "wipeout-ar"}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
@pytest.mark.parametrize(
    ("kind", "version", "content_type"), [("rss", "rss20", "rss"), ("atom", "atom10", "atom")]
)
def test_feed_parses_in_each_language(client, wipeout, lang, kind, version, content_type):
    url = f"/{lang}/{INDEX[lang]}/feed/{kind}/"
    response = client.get(url)
    assert response.status_code == 200
    assert content_type in response["Content-Type"]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == version
    assert feed.feed.title == f"{INDEX_TITLE[lang]} · Turn Back Crime"
    if kind == "rss":
        assert feed.feed.language == lang
    assert feed.feed.link == f"http://testserver/{lang}/{INDEX[lang]}/"
    [entry] = feed.entries
    assert entry.title == STORY_TITLE[lang]
    assert entry.link == f"http://testserver/{lang}/{INDEX[lang]}/{STORY_SLUG[lang]}/"
    expected_summary = {
        "fr": "Les autorités de sept pays ont saisi des contrefaçons dangereuses.",
    }.get(lang, "Authorities in seven countries seized dangerous fake goods.")
    assert entry.summary == expected_summary
    assert [tag.term for tag in entry.tags] == [
        wipeout.theme.name_ar if lang == "ar" else getattr(wipeout.theme, f"name_{lang}")
    ]
    # The linked page really is the story, in that language.
    page = client.get(entry.link.removeprefix("http://testserver"))
    assert page.status_code == 200


@pytest.mark.django_db
def test_feeds_list_only_live_stories_newest_first(client, wipeout, story_index):
    import datetime

    from tests.stories.conftest import publish_story

    publish_story(
        story_index,
        title="Later",
        title_en="Later",
        slug_en="later",
        operation_date=datetime.date(2019, 5, 1),
    )
    draft = publish_story(
        story_index,
        title="Draft",
        title_en="Draft",
        slug_en="draft",
        operation_date=datetime.date(2020, 1, 1),
    )
    draft.unpublish()
    feed = feedparser.parse(client.get("/en/success-stories/feed/rss/").content)
    assert [e.title for e in feed.entries] == ["May 2019: Later", "July 2014: Dangerous fake goods seized"]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_index_head_links_both_feeds(client, wipeout, lang):
    response = client.get(f"/{lang}/{INDEX[lang]}/")
    soup = BeautifulSoup(response.content, "html.parser")
    links = {link["type"]: link["href"] for link in soup.select('head link[rel="alternate"][type]')}
    assert links == {
        "application/rss+xml": f"http://testserver/{lang}/{INDEX[lang]}/feed/rss/",
        "application/atom+xml": f"http://testserver/{lang}/{INDEX[lang]}/feed/atom/",
    }
