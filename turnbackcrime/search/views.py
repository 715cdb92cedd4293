"""Site search at /<lang>/search/ and title suggestions at /<lang>/search/suggest/.

Each language is searched with its own rules (engine.py): a French visitor gets French
stemming on the French text first; matches in other languages follow, marked with their
language. Editors' promoted results (Search promotions) come first. A search without
results suggests the closest words pages use ("did you mean").
"""

import contextlib
import hashlib
import re

from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from . import engine
from .models import SearchEntry
from .text import fold, words

MAX_QUERY = 200
PER_PAGE = 10
SUGGEST_MAX_AGE = 300  # seconds, for browsers and shared caches
SUGGEST_CACHE_SECONDS = 600


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, strip=True)
    page = forms.IntegerField(required=False, min_value=1)

    def query(self):
        text = " ".join((self.cleaned_data.get("q") or "").split())
        return text[:MAX_QUERY]

    def was_truncated(self):
        return len(" ".join((self.cleaned_data.get("q") or "").split())) > MAX_QUERY


def search_terms(query):
    """The words of a query, without operators or punctuation that search backends parse."""
    return " ".join(words(query))


def highlight(text, query):
    """Escape `text`, then wrap in <mark> each word starting like a query word (accents and case aside).

    Safe whatever the page or query holds: the text is escaped first and only whole
    escaped words are wrapped.
    """
    safe = escape(text)
    stems = sorted({engine.trimmed(w) for w in words(query) if len(w) >= 2}, key=len, reverse=True)[:10]
    if not stems:
        return mark_safe(safe)  # noqa: S308 (escaped above)

    def mark(match):
        word = match.group(0)
        folded = fold(word)
        if any(folded.startswith(stem) or (len(stem) > 3 and stem in folded) for stem in stems):
            return f"<mark>{word}</mark>"
        return word

    return mark_safe(re.sub(r"\w+", mark, safe))  # noqa: S308 (only whole words of escaped text wrapped)


def visible_pages(request):
    """Live, public pages of the request's site: what search may show."""
    pages = Page.objects.live().public()
    site = Site.find_for_request(request)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages, site


def clean_query(request):
    data = request.GET.copy()
    # A NUL byte would make the whole form invalid; it is only noise in a search.
    data["q"] = data.get("q", "").replace("\x00", " ")
    form = SearchForm(data)
    form.is_valid()  # each parameter stands alone: a bad page number keeps the query
    return form


def search_view(request):
    form = clean_query(request)
    query = form.query()
    language = get_language()
    # A page number that is not a positive whole number gives the first page.
    page_number = form.cleaned_data.get("page") or 1
    promotions, results, page_obj, suggestion = [], [], None, ""
    if query:
        pages, _site = visible_pages(request)
        # Looked up, never created: Query.get() would write a row for every distinct query.
        promotions = [
            promotion
            for promotion in SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query), page__live=True
            ).select_related("page")
            if promotion.page_id
        ]
        promoted_ids = {p.page_id for p in promotions}
        found = [hit for hit in engine.find(query, language, pages) if hit[0] not in promoted_ids]
        page_obj = Paginator(found, PER_PAGE).get_page(page_number)
        results = result_items(list(page_obj.object_list), query, language)
        if not found and not promotions:
            suggestion = engine.did_you_mean(query, language)
    return render(
        request,
        "turnbackcrime/search.html",
        {
            "form": form,
            "query": query,
            "truncated": form.was_truncated(),
            "promotions": promotions,
            "results": results,
            "page_obj": page_obj,
            "suggestion": suggestion,
            "total": (page_obj.paginator.count if page_obj else 0) + len(promotions),
        },
    )


def result_items(hits, query, language):
    """The results of one page of hits: each matched entry with its page, in one query.

    The page as Wagtail's base `Page` (its translated title and URL are all a result shows),
    joined to the entry, rather than each page type's specific row (a query per type).
    """
    if not hits:
        return []
    matched = Q()
    for page_id, lang in hits:
        matched |= Q(page_id=page_id, language=lang)
    entries = {
        (entry.page_id, entry.language): entry
        for entry in SearchEntry.objects.filter(matched)
        .select_related("page")
        .defer("title", "folded_title", "folded_body")
    }
    items = []
    for page_id, lang in hits:
        entry = entries.get((page_id, lang))
        if entry is None:
            continue
        items.append(
            {
                "page": entry.page,
                "language": lang,
                "other_language": lang != language,
                "excerpt": highlight(entry.excerpt, query),
            }
        )
    return items


@require_GET
def suggest_view(request):
    """Up to five page titles for what is typed so far (three characters or more), as JSON.

    Answers are cached by the browser and shared caches for five minutes, and on the
    server per site, language, folded prefix and index generation, so a cached
    suggestion costs no SQL query; publishing a page starts a new generation.
    """
    form = clean_query(request)
    prefix = " ".join(words(fold(form.query())))[:60]
    language = get_language()
    suggestions = []
    if len(prefix) >= engine.SUGGEST_MIN:
        # Keyed by host rather than Site: a cached answer needs no query at all.
        typed = hashlib.sha256(prefix.encode()).hexdigest()[:32]
        key = f"search:suggest:{engine.generation()}:{request.get_host()}:{language}:{typed}"
        suggestions = cache_get(key)
        if suggestions is None:
            pages, _site = visible_pages(request)
            hits = engine.suggest(prefix, language, pages)
            found = Page.objects.filter(pk__in=[hit[0] for hit in hits])
            urls = {page.pk: page.get_url(request) for page in found}
            suggestions = [
                {"title": title, "url": urls[page_id], "lang": lang}
                for page_id, title, lang in hits
                if urls.get(page_id)
            ]
            cache_set(key, suggestions)
    response = JsonResponse({"query": form.query(), "suggestions": suggestions})
    response["Cache-Control"] = f"public, max-age={SUGGEST_MAX_AGE}"
    return response


def cache_get(key):
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001 (suggestions work without the cache)
        return None


def cache_set(key, value):
    with contextlib.suppress(Exception):  # suggestions work without the cache
        cache.set(key, value, SUGGEST_CACHE_SECONDS)
