"""The story index's filters: every GET parameter is validated here before it reaches a query."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries


class StoryFilterForm(forms.Form):
    """Theme (slug), country (ISO code) and year, each limited to values that have stories.

    The choices are built from the live stories, so the drop-downs only offer
    filters that find something, and a value from an old or mistyped link is
    reported as not recognised rather than showing an empty page.
    """

    theme = forms.ChoiceField(label=_("Crime theme"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, themes, country_codes, years):
        super().__init__(data)
        self.themes = {theme.slug: theme for theme in themes}
        names = dict(all_countries)
        country_choices = sorted(
            ((code, str(names[code])) for code in country_codes if code in names),
            key=lambda c: c[1].casefold(),
        )
        self.fields["theme"].choices = [("", _("All themes"))] + [(t.slug, t.name) for t in themes]
        self.fields["country"].choices = [("", _("All countries"))] + country_choices
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]

    def usable_filters(self):
        """The valid filters, and the names of those that were dropped because their value was bad."""
        self.is_valid()
        filters, rejected = {}, []
        for name in self.fields:
            if name in self.errors:
                rejected.append(name)
            elif self.cleaned_data.get(name) not in (None, ""):
                filters[name] = self.cleaned_data[name]
        if "theme" in filters:
            filters["theme"] = self.themes[filters["theme"]]
        return filters, rejected

    def cleared(self, rejected):
        """A copy of the submitted values without the rejected ones, so the form shows what applies."""
        data = self.data.copy()
        for name in rejected:
            data.pop(name, None)
        return data
