"""Site search at /<lang>/search/: every live page, in the visitor's language.

Wagtail's database search backend (PostgreSQL full-text search in production)
indexes each translated column (title_fr, summary_ar…), so a French query
finds French text; results show in the visitor's language with English
fallback. Editors' promoted results (Search promotions) come first.
"""

import re

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from turnbackcrime.pages import excerpt

MAX_QUERY = 200
PER_PAGE = 10


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, strip=True)
    page = forms.IntegerField(required=False, min_value=1)

    def query(self):
        text = " ".join((self.cleaned_data.get("q") or "").split())
        return text[:MAX_QUERY]

    def was_truncated(self):
        return len(" ".join((self.cleaned_data.get("q") or "").split())) > MAX_QUERY


def search_terms(query):
    """The words of a query, without operators or punctuation that search backends parse.

    SQLite's FTS5 and PostgreSQL's tsquery each treat some characters as syntax;
    visitors type words, so only words reach the backend.
    """
    return " ".join(re.findall(r"\w+", query, flags=re.UNICODE))


def highlight(text, query):
    """Escape `text`, then wrap each query word in <mark>: safe whatever the page or query holds."""
    safe = escape(text)
    words = sorted(set(re.findall(r"\w{2,}", query, flags=re.UNICODE)), key=len, reverse=True)[:10]
    if not words:
        return mark_safe(safe)  # noqa: S308 (escaped above)
    pattern = re.compile("|".join(re.escape(escape(w)) for w in words), flags=re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", safe))  # noqa: S308


def search_view(request):
    data = request.GET.copy()
    # A NUL byte would make the whole form invalid; it is only noise in a search.
    data["q"] = data.get("q", "").replace("\x00", " ")
    form = SearchForm(data)
    form.is_valid()  # each parameter stands alone: a bad page number keeps the query
    query = form.query()
    # A page number that is not a positive whole number gives the first page.
    page_number = form.cleaned_data.get("page") or 1
    promotions, results, page_obj = [], [], None
    if query:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public()
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        # Looked up, never created: Query.get() would write a row for every distinct query.
        promotions = [
            promotion
            for promotion in SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query), page__live=True
            ).select_related("page")
            if promotion.page_id
        ]
        promoted_ids = {p.page_id for p in promotions}
        terms = search_terms(query)
        found = pages.exclude(pk__in=promoted_ids).specific().search(terms, operator="and") if terms else []
        paginator = Paginator(found, PER_PAGE)
        page_obj = paginator.get_page(page_number)
        results = [
            {"page": result, "excerpt": highlight(excerpt(getattr(result, "teaser_text", "") or ""), query)}
            for result in page_obj.object_list
        ]
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
            "total": (page_obj.paginator.count if page_obj else 0) + len(promotions),
        },
    )
