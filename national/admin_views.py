"""Staff report: the countries where the campaign is present but visitors learn nowhere to report."""

from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render
from django_countries import countries

from events.models import EventPage
from partners.models import Partner

from .models import CountryPage, ReportingContact


def countries_without_contacts():
    """(code, name, reasons) for each country with a country page, partners or events but no contact."""
    covered = set(ReportingContact.objects.values_list("country", flat=True))
    present = {}
    for code in CountryPage.objects.values_list("country", flat=True):
        present.setdefault(code, set()).add("page")
    for code in Partner.objects.filter(is_public=True).values_list("country", flat=True).distinct():
        present.setdefault(code, set()).add("partners")
    for code in EventPage.objects.live().exclude(country="").values_list("country", flat=True).distinct():
        present.setdefault(code, set()).add("events")
    rows = [
        {"code": code, "name": countries.name(code), "reasons": sorted(reasons)}
        for code, reasons in present.items()
        if code and code not in covered
    ]
    return sorted(rows, key=lambda row: row["name"].casefold())


@staff_member_required
def missing_contacts_view(request):
    rows = countries_without_contacts()
    return render(
        request,
        "national/admin/missing_contacts.html",
        {"rows": rows, "covered_count": ReportingContact.objects.values("country").distinct().count()},
    )
