"""The pledge wall's filters: `?country=` among the countries with public pledges, `?kind=`
among the kinds of organisation (only known values reach a query, turnbackcrime.filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models.partner import PartnerKind


class PledgeWallFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind of organisation"), required=False)

    def __init__(self, data, *, countries_shown=()):
        """`countries_shown`: the by-country rows (code and translated name), already sorted by count."""
        # Its own ids: the pledge form on the same page has country and kind fields too.
        super().__init__(data, auto_id="wall_%s")
        names = sorted(((row["country"], row["name"]) for row in countries_shown), key=lambda item: item[1])
        self.fields["country"].choices = [("", _("All countries")), *names]
        self.fields["kind"].choices = [("", _("All kinds")), *PartnerKind.choices]


def filter_wall(pledges, values):
    if "country" in values:
        pledges = pledges.filter(country=values["country"])
    if "kind" in values:
        pledges = pledges.filter(kind=values["kind"])
    return pledges
