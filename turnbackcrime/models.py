"""Site-wide settings edited by staff; the search index models (search/models.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock, SocialAccountBlock
from .search.models import SearchEntry, SearchSynonyms, SearchWord  # noqa: F401 (models of this app)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer text, footer links and social accounts, edited in Settings."""

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A short line about the campaign, shown in every page's footer."),
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("footer links"))
    social_accounts = StreamField(
        [("account", SocialAccountBlock())], blank=True, verbose_name=_("social accounts")
    )

    panels = [
        FieldPanel("footer_text"),
        MultiFieldPanel([FieldPanel("footer_links")], heading=_("Footer links")),
        FieldPanel("social_accounts"),
    ]

    class Meta:
        verbose_name = _("site settings")
