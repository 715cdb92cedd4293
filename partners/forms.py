"""The public pledge form (every rule a visitor can break has a message in their language)
and the partner news index's filters (only known values reach a query)."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from turnbackcrime.countries import country_choices
from turnbackcrime.text import public_name_validators, public_text_validators, web_url_validator
from turnbackcrime.widgets import QuickSelect

from .logos import NOT_AN_IMAGE, check_logo, generated_name

# The module, not the package: the package's news page imports this file.
from .models.partner import PartnerKind

STATEMENT_MAX = 1000
STATEMENT_MIN = 10


def logo_max_bytes():
    return settings.PLEDGE_LOGO_MAX_BYTES


def logo_max_pixels():
    return settings.PLEDGE_LOGO_MAX_PIXELS


def logo_help_text():
    return _("Optional. A PNG, JPEG, WebP or GIF image, at most %(size)s and %(pixels)s pixels.") % {
        "size": filesizeformat(logo_max_bytes()),
        "pixels": f"{logo_max_pixels():,}",
    }


def pledge_country_choices():
    return [("", _("Choose a country")), *country_choices()]


def kind_choices():
    return [("", _("Choose a kind")), *PartnerKind.choices]


WEB_ADDRESS_ERROR = _("Please give a web address starting with http:// or https://.")


class WebAddressField(forms.URLField):
    """A link to a web page: http or https only (Django's URLField also takes ftp://)."""

    default_validators = [web_url_validator]


class PledgeForm(forms.Form):
    name = forms.CharField(
        label=_("Organisation name"),
        max_length=200,
        validators=public_name_validators(),
        widget=forms.TextInput(attrs={"autocomplete": "organization", "dir": "auto"}),
    )
    # Both lists depend on the language only: their options are written once per language.
    kind = forms.ChoiceField(
        label=_("Kind of organisation"), choices=kind_choices, widget=QuickSelect(per_language=True)
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=pledge_country_choices, widget=QuickSelect(per_language=True)
    )
    website = WebAddressField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        max_length=200,
        error_messages={"invalid": WEB_ADDRESS_ERROR},
        help_text=_("For example https://example.org"),
        widget=forms.URLInput(attrs={"autocomplete": "url", "dir": "ltr"}),
    )
    logo = forms.ImageField(
        label=_("Logo"),
        required=False,
        help_text="",  # built from the settings in __init__
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
        error_messages={"invalid_image": NOT_AN_IMAGE},
    )
    statement = forms.CharField(
        label=_("Your pledge"),
        min_length=STATEMENT_MIN,
        max_length=STATEMENT_MAX,
        validators=public_text_validators(),
        help_text=_("What your organisation pledges to do, in up to 1,000 characters."),
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        error_messages={
            "max_length": _(
                "Please shorten your pledge to %(limit_value)d characters or fewer (it has %(show_value)d)."
            ),
            "min_length": _("Please write at least %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    video_url = WebAddressField(
        label=_("Video link"),
        required=False,
        assume_scheme="https",
        max_length=200,
        error_messages={"invalid": WEB_ADDRESS_ERROR},
        help_text=_("A link to a video of your pledge (YouTube, Vimeo…)."),
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        validators=public_name_validators(),
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,  # what the model's column holds (RFC 5321's limit for a path)
        help_text=_("We send you a link to confirm it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    consent_to_publish = forms.BooleanField(
        label=_("Show our name, logo and pledge publicly on this site"),
        required=False,
        help_text=_("Leave unticked and your pledge is counted but not shown."),
    )

    # Not for people: bots fill every field they find, people never see this one.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.CharField(widget=forms.HiddenInput)
    timing_token = forms.CharField(widget=forms.HiddenInput, required=False)

    HIDDEN_FIELDS = ("homepage", "submission_key", "timing_token")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["logo"].help_text = logo_help_text()
        self.fields["homepage"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        for name, field in self.fields.items():
            if name in self.HIDDEN_FIELDS:
                continue
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_help"
            if self.is_bound and name in self.errors:
                field.widget.attrs["aria-invalid"] = "true"
                field.widget.attrs["aria-describedby"] = " ".join(
                    filter(None, [f"id_{name}_error", f"id_{name}_help" if field.help_text else ""])
                )

    def visible_pledge_fields(self):
        return [self[name] for name in self.fields if name not in self.HIDDEN_FIELDS]

    def clean_submission_key(self):
        key = self.cleaned_data["submission_key"]
        try:
            return str(uuid.UUID(key))
        except ValueError:
            raise ValidationError(_("This form is out of date: please send it again.")) from None

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo:
            return None
        ext = check_logo(logo, logo.name)
        logo.name = generated_name(ext)  # never the visitor's file name
        return logo


class PartnerNewsFilterForm(forms.Form):
    """`?country=` among the countries that have news, `?kind=` among the kinds of partner."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind of partner"), required=False)

    def __init__(self, data, *, country_codes=()):
        super().__init__(data)
        self.fields["country"].choices = [("", _("All countries")), *country_choices(country_codes)]
        self.fields["kind"].choices = [("", _("All kinds")), *PartnerKind.choices]
