"""Public pledges counted by country and by kind: the wall, the map, the badge and the API
read the same numbers (one grouped query each), so they never disagree."""

from django.db.models import Count
from django_countries import countries

from .models.partner import PartnerKind


def by_country(public):
    """[{"country": "NZ", "name": <in the active language>, "total": 3}], most pledges first."""
    rows = list(public.order_by().values("country").annotate(total=Count("pk")))
    for row in rows:
        row["name"] = countries.name(row["country"])
    rows.sort(key=lambda row: (-row["total"], row["name"]))
    return rows


def by_kind(public):
    """[{"kind": "police", "label": <in the active language>, "total": 3}], in the kinds' order."""
    totals = dict(public.order_by().values_list("kind").annotate(total=Count("pk")))
    rows = [
        {"kind": value, "label": str(label), "total": totals[value]}
        for value, label in PartnerKind.choices
        if totals.get(value)
    ]
    if totals.get(""):
        rows.append({"kind": "", "label": str(PartnerKind.OTHER.label), "total": totals[""]})
    return rows
