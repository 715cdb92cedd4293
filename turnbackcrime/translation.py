"""Fields visitors read, translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import SiteSettings


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = (
        "footer_text",
        "footer_links",
        "action_heading",
        "action_text",
        "action_label",
        "default_share_image",
    )
