"""The public note on an outdated translation, through the core's "insert_page_notices" hook.

The core's base.html asks every registered function for notices above the page's
content (`{% page_notices %}` in site_tags): the core never imports this app, and
this app imports no domain app. None in English. What the note needs (the page's
outdated fields in the visitor's language) is joined to the query that reads the
page when routing serves it (the core's "annotate_routed_page" hook), so the note
costs no query of its own; a page reached otherwise reads it once per content
version. The note is part of the page, so it is cached with it (a publish purges both).
"""

from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail_modeltranslation.contextlib import use_language

from turnbackcrime.fragments import cached_value

from .models import TranslationStatus
from .registry import SOURCE, TARGETS

_NOT_READ = object()


def _annotation(language):
    return f"outdated_translation_fields_{language}"


def _outdated_fields(language, page_id):
    statuses = TranslationStatus.objects.filter(item__page_id=page_id, language=language)
    return statuses.values("outdated_fields")


def annotate_routed_page(request, pages, page_ref="pk"):
    """The routed page's outdated fields in the visitor's language, read with the page (`page_ref`:
    the column of `pages` that holds the page's id, e.g. a site's `root_page_id`)."""
    language = get_language()
    if language == SOURCE or language not in TARGETS:
        return pages
    outdated = Subquery(_outdated_fields(language, OuterRef(page_ref))[:1])
    return pages.annotate(**{_annotation(language): outdated})


def outdated_translation_notice(request, page):
    language = get_language()
    if language == SOURCE or language not in TARGETS or not page.pk:
        return ""
    outdated = getattr(page, _annotation(language), _NOT_READ)
    if outdated is not _NOT_READ:
        return _note(request, page) if outdated else ""
    # Kept per content version, like the page's fragments (tracking bumps it when a status changes).
    return cached_value(
        request, "outdated-translation-note", [page.pk], lambda: _notice(request, page, language)
    )


def _notice(request, page, language):
    outdated = _outdated_fields(language, page.pk).values_list("outdated_fields", flat=True).first()
    return _note(request, page) if outdated else ""


def _note(request, page):
    with use_language(SOURCE):
        english_url = page.get_url(request)
    return render_to_string("translations/outdated_note.html", {"english_url": english_url}, request=request)
