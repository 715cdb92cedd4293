"""Organisations that support the campaign: police forces, governments, companies, clubs."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel

from partners.images import prerender_logo
from turnbackcrime.text import web_url_validator


class PartnerKind(models.TextChoices):
    POLICE = "police", _("Police force")
    GOVERNMENT = "government", _("Government body")
    INTERNATIONAL = "international", _("International organisation")
    COMPANY = "company", _("Company")
    SPORTS_CLUB = "sports_club", _("Sports club")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class Partner(models.Model):
    """A supporter shown under "Support from around the world" and on the pledge wall."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    country = CountryField(_("country"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True, validators=[web_url_validator])
    description = models.TextField(
        _("short description"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences about the partner and its support."),
    )
    is_public = models.BooleanField(
        _("shown publicly"),
        default=True,
        help_text=_("Untick to keep this partner out of public pages (news cards still name it)."),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("is_public"),
    ]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.country.code})" if self.country else self.name

    def prerender_images(self):
        """The logo's renditions (`manage.py prerender_images` calls this on every partner)."""
        prerender_logo(self.logo)

    @property
    def logo_alt(self):
        # A logo stands for its organisation: the partner's name is its text alternative.
        return self.name
