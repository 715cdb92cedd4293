"""The event index's filters and the editor's form: GET parameters are validated here."""

import zoneinfo

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from turnbackcrime.countries import country_choices
from turnbackcrime.widgets import QuickSelect


class EventFilterForm(forms.Form):
    """Country (ISO code) and year, each limited to values that have events (see stories.forms)."""

    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect())
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=QuickSelect()
    )

    def __init__(self, data, *, country_codes, years):
        super().__init__(data)
        self.fields["country"].choices = [("", _("All countries"))] + country_choices(country_codes)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]


class EventPageForm(WagtailAdminPageForm):
    """Editors type the start and end as the clock reads where the event happens.

    The database keeps UTC. Django's form fields read a typed time in the
    server's zone (UTC), so `clean` reads the same wall-clock time again in the
    event's own zone, and the edit form shows the stored times in that zone.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.zone
        if zone is not None:
            for name in ("start", "end"):
                value = getattr(self.instance, name, None)
                if value is not None and name in self.fields:
                    # A naive value is shown as it is (no conversion to the server's zone).
                    self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("time_zone")
        try:
            zone = zoneinfo.ZoneInfo(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is None:
            return cleaned
        for field in ("start", "end"):
            value = cleaned.get(field)
            if value is not None:
                cleaned[field] = value.replace(tzinfo=None).replace(tzinfo=zone)
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end cannot be before the start."))
        return cleaned
