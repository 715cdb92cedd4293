"""The "Where to report" block: one country's reporting contacts, or INTERPOL's general guidance.

The visitor's country is never a cookie, so pages stay cacheable: the block is
rendered for the `?report_country=` GET parameter (the no-JavaScript form), and
otherwise empty of any choice; national/static/national/where-to-report.js
remembers the choice in localStorage and loads the country's part from the
country index's `where-to-report/` route (one cacheable URL per country and
language).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from turnbackcrime.fragments import cached_value

from .forms import ReportCountryForm
from .models import CountryIndexPage
from .models.country import GUIDANCE_URL
from .models.reporting import contacts_for


def result_context(country_code):
    """What the block shows for a country code ("" for none chosen)."""
    from django_countries import countries

    return {
        "country_code": country_code,
        "country_name": countries.name(country_code) if country_code else "",
        "contacts": contacts_for(country_code),
        "guidance_url": getattr(settings, "REPORTING_GUIDANCE_URL", GUIDANCE_URL),
    }


def render_result(country_code, request=None):
    return render_to_string("national/components/report_result.html", result_context(country_code), request)


def _fragment_url():
    index = CountryIndexPage.objects.live().public().first()
    if index is None or not index.url:
        return None
    return index.url + index.reverse_subpage("where_to_report")


def where_to_report_block(context, heading=None):
    """The whole block for a page's template context (used at the end of awareness topics)."""
    request = context.get("request")
    if request is None:
        return ""
    form = ReportCountryForm(request.GET)
    chosen = form.chosen()
    # One query per content version (turnbackcrime.fragments), not one per page view.
    fragment_url = cached_value(request, "where-to-report-url", [], _fragment_url)
    return render_to_string(
        "national/components/where_to_report.html",
        {
            "form": form,
            "heading": heading or _("Where to report it"),
            "fragment_url": fragment_url,
            "form_action": request.path,
            **result_context(chosen),
        },
        request,
    )
