"""Site-wide settings edited by staff."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock, SocialAccountBlock


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


class ContentVersion(models.Model):
    """One row whose token changes, in the same transaction, with anything public pages show.

    Cached fragments (turnbackcrime.fragments) carry the token in their key, so a
    publish, an unpublish or a snippet change makes every earlier fragment
    unreachable at the moment it commits, on every node. It lives in the database,
    not the cache, so a change made while Redis is down still counts.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
