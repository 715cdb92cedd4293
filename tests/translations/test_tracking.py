"""Staleness tracking: complete, missing and outdated, and what does not make a translation outdated."""

from campaigns.models import TopicPage
from tests.factories import CrimeThemeFactory
from translations.models import FieldFingerprint, TranslatedItem
from translations.registry import item_models
from translations.tracking import confirm, item_for, track_all

from .conftest import publish, statuses


def test_a_fully_translated_page_is_complete(topic):
    assert {lang: s.status for lang, s in statuses(topic).items()} == {
        "fr": "complete",
        "es": "complete",
        "ar": "complete",
    }


def test_an_empty_field_is_missing_in_that_language_only(topic):
    topic = publish(topic, summary_es="")
    found = statuses(topic)
    assert found["es"].status == "missing"
    assert found["es"].missing_fields == ["summary"]
    assert found["fr"].status == "complete"


def test_changing_the_english_makes_every_translation_of_that_field_outdated(topic):
    topic = publish(topic, summary_en=topic.summary_en + " More.")
    found = statuses(topic)
    assert {s.status for s in found.values()} == {"outdated"}
    assert found["fr"].outdated_fields == ["summary"]


def test_a_whitespace_or_formatting_only_english_edit_outdates_nothing(topic):
    body = topic.body_en.raw_data
    paragraph = next(block for block in body if block["type"] == "paragraph")
    paragraph["value"] = paragraph["value"].replace("<p>", "<p>\n  <i>", 1).replace("</p>", "</i> </p>", 1)
    spaced = "  " + topic.summary_en.replace(" ", "   \n", 2) + " "
    topic = publish(topic, summary_en=spaced, body_en=topic.body_en.stream_block.to_python(list(body)))
    assert topic.body_en.raw_data != TopicPage.objects.get(pk=topic.pk).body_fr.raw_data
    assert {s.status for s in statuses(topic).values()} == {"complete"}


def test_editing_the_translation_brings_it_up_to_date(topic):
    topic = publish(topic, summary_en=topic.summary_en + " More.")
    topic = publish(topic, summary_fr=topic.summary_fr + " Plus.")
    found = statuses(topic)
    assert found["fr"].status == "complete"
    assert found["es"].status == "outdated"


def test_a_draft_counts_and_marking_still_correct_clears_outdated(topic):
    draft = topic.get_latest_revision_as_object()
    draft.summary_en = topic.summary_en + " More."
    draft.save_revision()  # a draft only: tracked from the revision
    assert statuses(topic)["ar"].status == "outdated"
    confirm(item_for(topic), "ar")
    found = statuses(topic)
    assert found["ar"].status == "complete"
    assert found["fr"].status == "outdated"


def test_snippets_are_tracked_and_forgotten_when_deleted(demo_content):
    theme = CrimeThemeFactory(name_en="Cybercrime", name_fr="Cybercriminalité", name_es="", name_ar="")
    assert statuses(theme)["fr"].status == "complete"
    assert statuses(theme)["es"].missing_fields == ["name"]
    theme.name_en = "Cyber crime"
    theme.save()
    assert statuses(theme)["fr"].status == "outdated"
    theme.delete()
    assert not TranslatedItem.objects.filter(object_id=theme.pk, page=None).exists()


def test_existing_content_counts_as_up_to_date_when_first_tracked(topic):
    """What the data migration does: today's translations are recorded as made from today's English."""
    TranslatedItem.objects.all().delete()
    FieldFingerprint.objects.all().delete()
    assert track_all(item_models()) >= 2
    assert {s.status for s in statuses(topic).values()} == {"complete"}
