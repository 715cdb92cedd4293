"""The public note on an outdated translation, through the core's "insert_page_notices" hook.

The core's base.html asks every registered function for notices above the page's
content (`{% page_notices %}` in site_tags): the core never imports this app, and
this app imports no domain app. One query per content version, none in English. The
note is part of the page, so it is cached with it (a publish purges both).
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail_modeltranslation.contextlib import use_language

from turnbackcrime.fragments import cached_value

from .models import TranslationStatus
from .registry import SOURCE, TARGETS


def outdated_translation_notice(request, page):
    language = get_language()
    if language == SOURCE or language not in TARGETS or not page.pk:
        return ""
    # Kept per content version, like the page's fragments (tracking bumps it when a status changes).
    return cached_value(
        request, "outdated-translation-note", [page.pk], lambda: _notice(request, page, language)
    )


def _notice(request, page, language):
    outdated = (
        TranslationStatus.objects.filter(item__page_id=page.pk, language=language)
        .values_list("outdated_fields", flat=True)
        .first()
    )
    if not outdated:
        return ""
    with use_language(SOURCE):
        english_url = page.get_url(request)
    return render_to_string("translations/outdated_note.html", {"english_url": english_url}, request=request)
