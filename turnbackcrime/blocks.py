"""Blocks shared across the site.

Every page type's StreamField takes its blocks from here, so editors meet one
consistent block picker and templates stay in one place.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page of this site or to any URL (exactly one of the two)."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/link.html"
        description = _("A link to a page of this site or to another website.")
        preview_value = {"label": "Turn Back Crime", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a URL (one of the two).")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class SocialAccountValue(blocks.StructValue):
    def network_label(self):
        return dict(SocialAccountBlock.NETWORKS).get(self.get("network"), self.get("network"))


class SocialAccountBlock(blocks.StructBlock):
    """One of the campaign's accounts on a social network."""

    NETWORKS = [
        ("x", "X (Twitter)"),
        ("facebook", "Facebook"),
        ("youtube", "YouTube"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("tiktok", "TikTok"),
        ("other", _("Other")),
    ]

    network = blocks.ChoiceBlock(choices=NETWORKS, label=_("Network"))
    handle = blocks.CharBlock(label=_("Account name"), max_length=80)
    url = blocks.URLBlock(label=_("Profile URL"))

    class Meta:
        icon = "globe"
        label = _("Social account")
        value_class = SocialAccountValue
        template = "components/social_account.html"
        preview_value = {
            "network": "x",
            "handle": "@example",
            "url": "https://example.org/",
        }
