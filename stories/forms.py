"""The story index's filters: every GET parameter is validated here before it reaches a query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from turnbackcrime.countries import country_choices
from turnbackcrime.widgets import QuickSelect


class StoryFilterForm(forms.Form):
    """Theme (slug), country (ISO code) and year, each limited to values that have stories.

    The choices are built from the live stories, so the drop-downs only offer
    filters that find something, and a value from an old or mistyped link is
    left out and reported (turnbackcrime.filters) rather than showing an empty page.
    """

    theme = forms.ChoiceField(label=_("Crime theme"), required=False, widget=QuickSelect())
    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect())
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=QuickSelect()
    )

    def __init__(self, data, *, themes, country_codes, years):
        super().__init__(data)
        self.themes = {theme.slug: theme for theme in themes}
        self.fields["theme"].choices = [("", _("All themes"))] + [(t.slug, t.name) for t in themes]
        self.fields["country"].choices = [("", _("All countries"))] + country_choices(country_codes)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
