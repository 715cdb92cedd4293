"""The public count API: read-only JSON that anyone may fetch (CORS `*`), cached.

Counts public pledges only (approved, consented to publication) and names no pledger:
totals by country, by kind of organisation and by the language pledged in, and the goal.
`version` says the shape; `/api/v1/` is the versioned path (`/api/pledges/count.json`
is the same document). The README documents every field.
"""

from django.conf import settings
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from django_countries import countries

from .counts import by_country, by_kind
from .http import outside_language_prefixes, public_cacheable
from .models import Pledge, PledgePage
from .progress import progress_for

VERSION = 1
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _goal(progress):
    return {
        "goal": progress.goal,
        "goal_deadline": progress.deadline.isoformat() if progress.deadline else None,
        "goal_reached": progress.reached,
        "percent_of_goal": progress.percent if progress.has_goal else None,
    }


def _json(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = data["language"]
    response["Access-Control-Allow-Origin"] = "*"
    return public_cacheable(response)


def _count_document(public, page, lang, country=None):
    """The campaign's document, or (with `country`) one country's, without its goal."""
    with translation.override(lang):
        country_rows = by_country(public)
        kinds = by_kind(public)
        country_name = countries.name(country) if country else ""
    total = sum(row["total"] for row in country_rows)
    document = {"version": VERSION, "language": lang, "total": total}
    if country:
        document.update(country=country, country_name=country_name)
    else:
        document.update(_goal(progress_for(page, total)))
        document["by_country"] = [
            {"code": row["country"], "name": row["name"], "count": row["total"]} for row in country_rows
        ]
    document["by_kind"] = [{"code": r["kind"], "name": r["label"], "count": r["total"]} for r in kinds]
    document["by_language"] = dict(sorted(_by_language(public).items()))
    return document


def _by_language(public):
    return dict(public.order_by().values_list("language").annotate(total=Count("pk")))


@outside_language_prefixes
@require_safe
def count_view(request, lang="en"):
    if lang not in LANGUAGE_CODES:
        raise Http404("No such language")
    page = PledgePage.objects.live().public().first()
    return _json(_count_document(Pledge.objects.public(), page, lang))


@outside_language_prefixes
@require_safe
def country_count_view(request, country):
    country = country.upper()
    if country not in dict(countries):
        raise Http404("No such country")
    lang = request.GET.get("lang", "en")
    if lang not in LANGUAGE_CODES:
        lang = "en"
    page = PledgePage.objects.live().public().first()
    return _json(_count_document(Pledge.objects.public().filter(country=country), page, lang, country))
