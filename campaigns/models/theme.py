from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class CrimeTheme(index.Indexed, models.Model):
    """A kind of crime the campaign talks about; awareness topics and success stories share them."""

    # Colours with at least 4.5:1 contrast against white text.
    COLOURS = [
        ("red", _("Red")),
        ("blue", _("Blue")),
        ("green", _("Green")),
        ("purple", _("Purple")),
        ("teal", _("Teal")),
        ("brown", _("Brown")),
        ("grey", _("Grey")),
    ]

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("Used in filter links."))
    description = models.TextField(_("description"), blank=True)
    colour = models.CharField(_("colour"), max_length=10, choices=COLOURS, default="red")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("colour"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("crime theme")
        verbose_name_plural = _("crime themes")

    def __str__(self):
        return self.name
