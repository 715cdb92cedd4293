"""The topic index's filter: `?theme=` is checked here before it reaches a query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from turnbackcrime.widgets import QuickSelect


class ThemeFilterForm(forms.Form):
    """A crime theme by slug, among the themes that have live topics (the chips the index shows).

    The choices come from the database, never the visitor's value, so a mistyped
    or hostile `?theme=` is simply not one of them.
    """

    theme = forms.ChoiceField(label=_("Crime theme"), required=False, widget=QuickSelect())

    def __init__(self, data, *, themes):
        super().__init__(data)
        self.themes = {theme.slug: theme for theme in themes}
        self.fields["theme"].choices = [("", _("All topics"))] + [(t.slug, t.name) for t in themes]

    def chosen_theme(self, values):
        """The chosen CrimeTheme, or None."""
        return self.themes.get(values.get("theme"))
