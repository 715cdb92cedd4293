"""Keep each item's fingerprints and statuses up to date when it is saved.

A language's text counts as made from today's English when it changes in a save
(the translator edited it) or when a translator marks it "still correct"; the
first time an item is seen, all its translations count as up to date. A field is
*outdated* in a language when it has text there and the English it was made from
is no longer today's English; *missing* when English has text and the language has
none.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page

from turnbackcrime.fragments import bump_version

from .content import plain_text
from .fingerprints import fingerprint
from .models import FieldFingerprint, GlossaryTerm, TranslatedItem, TranslationStatus
from .registry import SOURCE, TARGETS, tracked_fields


def _label(obj):
    if isinstance(obj, Page):
        return obj.title_en or obj.title or ""
    return str(obj)[:255]


def glossary_issues(terms, english, translated, language):
    """Terms in the English text whose required form is absent from the translation."""
    issues = []
    for term in terms:
        expected = term.expected(language)
        if (
            expected
            and term.term.casefold() in english.casefold()
            and expected.casefold() not in translated.casefold()
        ):
            issues.append(term.term)
    return issues


@transaction.atomic
def track(obj, confirm=()):
    """Record `obj`'s fingerprints and statuses. `confirm`: languages marked "still correct"."""
    fields = tracked_fields(type(obj))
    if not fields or obj.pk is None:
        return None
    content_type = ContentType.objects.get_for_model(type(obj), for_concrete_model=False)
    page_id = obj.pk if isinstance(obj, Page) else None
    label = _label(obj)
    item, created = TranslatedItem.objects.get_or_create(
        content_type=content_type, object_id=obj.pk, defaults={"label": label, "page_id": page_id}
    )
    if not created and item.label != label:
        TranslatedItem.objects.filter(pk=item.pk).update(label=label)
    stored = {} if created else {(f.field, f.language): f for f in item.fingerprints.all()}
    terms = list(GlossaryTerm.objects.all())
    rows = []
    report = {language: {"missing": [], "outdated": [], "glossary": []} for language in TARGETS}
    for name in fields:
        english = plain_text(obj, name, SOURCE)
        english_fp = fingerprint(english)
        rows.append(
            FieldFingerprint(item=item, field=name, language=SOURCE, text=english_fp, source=english_fp)
        )
        for language in TARGETS:
            translated = plain_text(obj, name, language)
            text_fp = fingerprint(translated)
            previous = stored.get((name, language))
            edited = previous is None or previous.text != text_fp
            source = english_fp if edited or language in confirm else previous.source
            rows.append(
                FieldFingerprint(item=item, field=name, language=language, text=text_fp, source=source)
            )
            if not english_fp:
                continue
            if not text_fp:
                report[language]["missing"].append(name)
                continue
            if source != english_fp:
                report[language]["outdated"].append(name)
            for term in glossary_issues(terms, english, translated, language):
                report[language]["glossary"].append({"field": name, "term": term})
    # Publishing saves the page right after its revision: same content, nothing to write.
    if stored and all(
        (row.field, row.language) in stored
        and (stored[row.field, row.language].text, stored[row.field, row.language].source)
        == (row.text, row.source)
        for row in rows
    ):
        rows = []
    FieldFingerprint.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["item", "field", "language"],
        update_fields=["text", "source"],
    )
    statuses = []
    for language, found in report.items():
        status = (
            TranslationStatus.OUTDATED
            if found["outdated"]
            else TranslationStatus.MISSING
            if found["missing"]
            else TranslationStatus.COMPLETE
        )
        statuses.append(
            TranslationStatus(
                item=item,
                language=language,
                status=status,
                missing_fields=found["missing"],
                outdated_fields=found["outdated"],
                glossary_issues=found["glossary"],
            )
        )
    TranslationStatus.objects.bulk_create(
        statuses,
        update_conflicts=True,
        unique_fields=["item", "language"],
        update_fields=["status", "missing_fields", "outdated_fields", "glossary_issues"],
    )
    # The public "outdated translation" note is cached per content version (translations.notes):
    # bulk_create sends no post_save, so say the change here.
    bump_version()
    return item


def latest_content(obj):
    """What editors work on: a page's latest revision (draft or live), else the object itself."""
    if isinstance(obj, Page):
        return obj.specific.get_latest_revision_as_object()
    latest = getattr(obj, "get_latest_revision_as_object", None)
    return latest() if latest else obj


def item_for(obj):
    content_type = ContentType.objects.get_for_model(type(obj), for_concrete_model=False)
    return TranslatedItem.objects.filter(content_type=content_type, object_id=obj.pk).first()


def confirm(item, language):
    """A translator says the `language` text is still correct for today's English."""
    obj = item.content_object
    if obj is None:
        return None
    return track(latest_content(obj), confirm=(language,))


def track_all(models):
    """Track every object of `models` (one save's worth of work each); returns how many."""
    count = 0
    for model in models:
        for obj in model._default_manager.all().iterator(chunk_size=200):
            if isinstance(obj, Page) and obj.has_unpublished_changes:
                obj = latest_content(obj)
            track(obj)
            count += 1
    return count
