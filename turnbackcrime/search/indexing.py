"""Keeping the per-language index current: one SearchEntry per live page and language.

A page's text in language L is every search field named `<field>_<L>` (the
translated columns that `translated_search_fields` lists), related fields too
(gallery captions); fields without a language suffix count for every language the
page is written in. Pages are indexed when saved live (publishing, factories) and
removed when saved not live (unpublishing); deleting a page deletes its entries.
`manage.py rebuild_search_index` rebuilds everything (the demo loader runs it).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from turnbackcrime.pages import excerpt

from . import engine
from .models import SearchEntry, SearchWord
from .text import fold, normalise, words

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Saving only these fields (a draft revision, a lock) changes nothing visitors can find.
BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "live_revision",
    "first_published_at",
    "last_published_at",
}
MIN_WORD = 3
_deferred = ContextVar("search_indexing_deferred", default=False)


@contextmanager
def defer_indexing():
    """Saves inside skip indexing (the demo loader rebuilds the whole index once at the end)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return " ".join(strip_tags(str(value)).split())


def _collect(obj, fields, texts, shared):
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                _collect(item, field.fields, texts, shared)
        elif isinstance(field, index.SearchField):
            base, _sep, suffix = field.field_name.rpartition("_")
            if suffix in texts:
                texts[suffix].setdefault(base, []).append(_text(field.get_value(obj)))
            elif field.field_name != "title":  # the untranslated accessor of title_xx
                shared.append(_text(field.get_value(obj)))


def page_texts(page):
    """{language: (title, body, excerpt)} for each language the page is written in."""
    texts = {lang: {} for lang in LANGUAGES}
    shared = []
    _collect(page, page.get_search_fields(), texts, shared)
    found = {}
    for lang, fields in texts.items():
        title = " ".join(fields.pop("title", [])).strip()
        summary = " ".join(fields.get("summary", [])).strip()
        body = " ".join(t for values in fields.values() for t in values if t).strip()
        if not (title or body):
            continue
        body = " ".join(filter(None, [body, *shared]))
        found[lang] = (title or page.title, body, excerpt(summary or body))
    return found


def index_page(page):
    """Write the page's entries (all languages) and add its words to the word list."""
    old_words = _entry_words(page.pk)
    SearchEntry.objects.filter(page_id=page.pk).delete()
    entries, vectors = [], []
    for lang, (title, body, teaser) in page_texts(page).items():
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=lang,
                title=title[:500],
                excerpt=teaser,
                folded_title=fold(title)[:500],
                folded_body=fold(body),
            )
        )
        vectors.append((lang, normalise(title), normalise(body)))
    SearchEntry.objects.bulk_create(entries)
    if connection.vendor == "postgresql":
        engine.write_vectors([(entry.pk, *vector) for entry, vector in zip(entries, vectors, strict=True)])
    forms = {}
    for lang, title, body in vectors:
        for form in words(f"{title} {body}"):
            key = (lang, fold(form))
            if MIN_WORD <= len(key[1]) <= 100 and not form.isdigit():
                forms.setdefault(key, form)
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=lang, word=word, form=forms[lang, word])
            for lang, word in sorted(forms.keys() - old_words)
        ],
        ignore_conflicts=True,
    )
    _prune_words(old_words - forms.keys())
    engine.bump_generation()


def unindex_page(page_id):
    old_words = _entry_words(page_id)
    deleted, _ = SearchEntry.objects.filter(page_id=page_id).delete()
    if deleted:
        _prune_words(old_words)
        engine.bump_generation()


def _words_of(entries):
    return {
        (entry.language, word)
        for entry in entries
        for word in words(f"{entry.folded_title} {entry.folded_body}")
        if MIN_WORD <= len(word) <= 100 and not word.isdigit()
    }


def _entry_words(page_id):
    return _words_of(SearchEntry.objects.filter(page_id=page_id))


def _prune_words(candidates):
    """Remove the words no remaining entry uses (an unpublished page's words must not be suggested)."""
    by_language = {}
    for lang, word in candidates:
        by_language.setdefault(lang, []).append(word)
    for lang, word_list in by_language.items():
        for start in range(0, len(word_list), 500):
            chunk = word_list[start : start + 500]
            used = SearchEntry.objects.filter(language=OuterRef("language")).filter(
                Q(folded_title__contains=OuterRef("word")) | Q(folded_body__contains=OuterRef("word"))
            )
            SearchWord.objects.filter(language=lang, word__in=chunk).exclude(Exists(used)).delete()


def index_is_empty():
    return not SearchEntry.objects.exists()


def rebuild():
    """Index every live page again from scratch; returns the number of entries."""
    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    for page in Page.objects.live().specific().iterator(chunk_size=200):
        index_page(page)
    return SearchEntry.objects.count()


def index_on_save():
    """Whether saving a page updates the index: yes, except inside `defer_indexing()` and in
    tests (SEARCH_INDEX_ON_SAVE = False in settings/test.py; tests of search ask for the
    `search_index_on_save` fixture), where most tests never search."""
    return getattr(settings, "SEARCH_INDEX_ON_SAVE", True) and not _deferred.get()


def page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    """post_save for every page type: the live content is indexed, a page not live is removed."""
    if raw or not index_on_save() or not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    # Read the page back: the object saved may hold a draft's content (save_revision).
    page = Page.objects.filter(pk=instance.pk, live=True).specific().first()
    if page is None:
        unindex_page(instance.pk)
    else:
        index_page(page)


def page_deleted(sender, instance, **kwargs):
    """pre_delete for every page type: its entries go, and its words unless another page uses them."""
    if isinstance(instance, Page) and index_on_save():
        unindex_page(instance.pk)
