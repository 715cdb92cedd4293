"""Where to report a crime in a country: the authority, what it takes reports on, how to reach it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from ..fields import ChoicesField


class ReportingPurpose(models.TextChoices):
    ONLINE_FRAUD = "online_fraud", _("Online fraud")
    COUNTERFEIT = "counterfeit", _("Counterfeit goods")
    WILDLIFE = "wildlife", _("Wildlife crime")
    TRAFFICKING = "trafficking", _("Trafficking")
    OTHER = "other", _("Other crimes")


class ReportingContact(models.Model):
    """One authority of one country that takes reports from the public (a snippet)."""

    country = CountryField(_("country"))
    authority = models.CharField(
        _("authority"), max_length=200, help_text=_('Who takes the report, e.g. "National police".')
    )
    purposes = ChoicesField(
        _("what for"), choices=ReportingPurpose.choices, help_text=_("Leave empty for every kind of crime.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    web_form_url = models.URLField(_("web form"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = ChoicesField(
        _("languages spoken"), choices=settings.LANGUAGES, help_text=_("Of the site's languages.")
    )
    other_languages = models.CharField(
        _("other languages"), max_length=200, blank=True, help_text=_('e.g. "German, Swahili".')
    )
    is_example = models.BooleanField(
        _("fictional example"),
        default=False,
        help_text=_("Demo content: shown with a note that it is an example, never to be used."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("sort_order")]),
        FieldPanel("authority"),
        FieldPanel("purposes"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("web_form_url"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading=_("How to reach it"),
        ),
        MultiFieldPanel([FieldPanel("languages"), FieldPanel("other_languages")], heading=_("Languages")),
        FieldPanel("is_example"),
    ]

    class Meta:
        verbose_name = _("reporting contact")
        verbose_name_plural = _("reporting contacts")
        ordering = ["country", "sort_order", "pk"]

    def __str__(self):
        return f"{self.authority} ({self.country.code})"

    def purpose_labels(self):
        return self._meta.get_field("purposes").get_choices_display(self.purposes)

    @property
    def purposes_text(self):
        return list_text(self.purpose_labels())

    @property
    def languages_text(self):
        return list_text(self.language_labels())

    def language_labels(self):
        names = [str(name) for name in self._meta.get_field("languages").get_choices_display(self.languages)]
        if self.other_languages:
            names.append(self.other_languages)
        return names

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


def list_text(items):
    """ "Online fraud, Counterfeit goods" with the active language's separator (Arabic "،")."""
    return pgettext("list separator", ", ").join(str(item) for item in items)


def contacts_for(country_code):
    return list(ReportingContact.objects.filter(country=country_code)) if country_code else []
