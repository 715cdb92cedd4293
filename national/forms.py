"""GET parameters of the national pages, validated before they reach a query or a page."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from turnbackcrime.countries import country_choices
from turnbackcrime.widgets import QuickSelect


class ToolkitFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"), required=False)

    def __init__(self, data):
        super().__init__(data)
        self.fields["language"].choices = [("", _("All languages"))] + list(settings.LANGUAGES)


def report_country_choices():
    """Every country django-countries knows, by name in the active language (its answer depends
    on the language only: QuickSelect writes the 250 options once per language and process)."""
    return [("", _("Choose a country")), *country_choices()]


class ReportCountryForm(forms.Form):
    """The visitor's country for "where to report": any country django-countries knows.

    Shown on every awareness topic: Django's own Select rendered the 250 options through
    ~500 template renders, about 40 % of a topic page's render time.
    """

    report_country = forms.ChoiceField(
        label=_("Your country"),
        required=False,
        choices=report_country_choices,
        widget=QuickSelect(per_language=True),
    )

    def chosen(self):
        return self.cleaned_data.get("report_country") or "" if self.is_valid() else ""
