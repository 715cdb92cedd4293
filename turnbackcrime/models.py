"""Site-wide settings edited by staff; the search index models (search/models.py)."""

from django.conf import settings as django_settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock, SocialAccountBlock
from .images import SOCIAL_IMAGE_SPEC, renditions_on_save
from .search.models import SearchEntry, SearchSynonyms, SearchWord  # noqa: F401 (models of this app)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer text, footer links, social accounts, the main call to action and the default share image."""

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A short line about the campaign, shown in every page's footer."),
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("footer links"))
    social_accounts = StreamField(
        [("account", SocialAccountBlock())], blank=True, verbose_name=_("social accounts")
    )

    # The one action the campaign asks of everyone (the pledge in the demo): topics and
    # stories end with it. A page chooser, so the core names no app.
    action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the call to action at the end of topics and stories leads (the pledge page)."),
    )
    action_heading = models.CharField(
        _("call to action heading"),
        max_length=120,
        blank=True,
        help_text=_('For example "Each of us can help turn back crime".'),
    )
    action_text = models.TextField(_("call to action text"), blank=True)
    action_label = models.CharField(
        _("call to action button"), max_length=60, blank=True, help_text=_('For example "Take the pledge".')
    )
    # Translated (one per language) because the demo's picture carries words.
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without a hero image (the home page, search, listings) is shared. "
            "1600 × 900 pixels or larger."
        ),
    )

    panels = [
        FieldPanel("footer_text"),
        MultiFieldPanel([FieldPanel("footer_links")], heading=_("Footer links")),
        FieldPanel("social_accounts"),
        MultiFieldPanel(
            [
                FieldPanel("action_page"),
                FieldPanel("action_heading"),
                FieldPanel("action_text"),
                FieldPanel("action_label"),
            ],
            heading=_("Call to action"),
        ),
        FieldPanel("default_share_image"),
    ]

    # Read with the settings row in one query (`for_request`): the call to action's page and the
    # share image of each language (the field is translated).
    select_related = [
        "action_page",
        *(f"default_share_image_{code}" for code, _name in django_settings.LANGUAGES),
    ]

    class Meta:
        verbose_name = _("site settings")

    def share_images(self):
        """The default share image of every language (the field is translated)."""
        images = []
        for code, _name in django_settings.LANGUAGES:
            image = getattr(self, f"default_share_image_{code}", None)
            if image is not None and image not in images:
                images.append(image)
        return images

    def prerender_images(self):
        """The share renditions (`manage.py prerender_images` calls this; so does saving)."""
        for image in self.share_images():
            image.get_renditions(SOCIAL_IMAGE_SPEC)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if renditions_on_save():
            self.prerender_images()


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
