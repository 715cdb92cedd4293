"""An outdated translation says so on the public page, with a link to the English."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_modeltranslation.contextlib import use_language

from .conftest import publish


def url_in(page, language):
    with use_language(language):
        return page.get_url()


def test_an_outdated_translation_shows_a_translated_note_linking_to_english(topic, client, assert_valid_html):
    french = url_in(topic, "fr")
    client.get(french)  # warm the caches (site root paths), so both counts below are warm
    with CaptureQueriesContext(connection) as current:
        up_to_date = client.get(french).content.decode()
    assert 'class="translation-note"' not in up_to_date

    topic = publish(topic, summary_en=topic.summary_en + " More.")
    # The note is kept per content version (turnbackcrime.fragments): the publish shows it at once.
    assert '<div class="translation-note" role="note">' in client.get(french).content.decode()
    with CaptureQueriesContext(connection) as outdated:
        response = client.get(french)
    html = response.content.decode()
    assert '<div class="translation-note" role="note">' in html
    assert "Cette traduction n’est peut-être plus à jour." in html
    assert f'<a href="{url_in(topic, "en")}" hreflang="en">Lire la version anglaise</a>' in html
    assert_valid_html(html)
    # The note costs no query of its own, with or without it: its status is read with the page.
    assert len(outdated) == len(current)
    assert not any(reads_status(q) for q in outdated.captured_queries)
    assert not any(reads_status(q) for q in current.captured_queries)
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        assert '<div class="translation-note" role="note">' in client.get(french).content.decode()
    assert not any(reads_status(q) for q in cold.captured_queries)

    assert "قد لا تكون هذه الترجمة محدَّثة." in client.get(url_in(topic, "ar")).content.decode()
    with CaptureQueriesContext(connection) as english:
        english_html = client.get(url_in(topic, "en")).content.decode()
    assert 'class="translation-note"' not in english_html
    assert not any("translations_translationstatus" in q["sql"] for q in english.captured_queries)


def reads_status(query):
    """A query of the note's own (the status table read on its own, not joined to the page)."""
    return query["sql"].startswith('SELECT "translations_translationstatus".')


def test_the_home_page_shows_the_note_without_a_query_of_its_own(demo_content, client):
    """The home page is served without routing: its status comes with the sites (request_memo)."""
    from home.models import HomePage

    home = publish(HomePage.objects.get(), intro_en=HomePage.objects.get().intro_en + " More.")
    french = url_in(home, "fr")
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        html = client.get(french).content.decode()
    assert '<div class="translation-note" role="note">' in html
    assert f'<a href="{url_in(home, "en")}" hreflang="en">Lire la version anglaise</a>' in html
    assert not any(reads_status(q) for q in cold.captured_queries)
    english = client.get(url_in(home, "en")).content.decode()
    assert 'class="translation-note"' not in english
