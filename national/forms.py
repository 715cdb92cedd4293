"""GET parameters of the national pages, validated before they reach a query or a page."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class ToolkitFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"), required=False)

    def __init__(self, data):
        super().__init__(data)
        self.fields["language"].choices = [("", _("All languages"))] + list(settings.LANGUAGES)


class ReportCountryForm(forms.Form):
    """The visitor's country for "where to report": any country django-countries knows."""

    report_country = forms.ChoiceField(label=_("Your country"), required=False)

    def __init__(self, data):
        super().__init__(data)
        choices = sorted(((code, str(name)) for code, name in countries), key=lambda c: c[1].casefold())
        self.fields["report_country"].choices = [("", _("Choose a country"))] + choices

    def chosen(self):
        return self.cleaned_data.get("report_country") or "" if self.is_valid() else ""
