"""Fields visitors read, translated by modeltranslation (one column per language).

Pledges are not here: a pledge is shown as its pledger wrote it, marked with its language.
"""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Partner, PartnerNewsIndexPage, PartnerNewsPage, PledgePage


@register(Partner)
class PartnerTR(TranslationOptions):
    fields = ("description",)


@register(PartnerNewsIndexPage)
class PartnerNewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PartnerNewsPage)
class PartnerNewsPageTR(TranslationOptions):
    fields = ("summary", "hero_alt", "body")


@register(PledgePage)
class PledgePageTR(TranslationOptions):
    fields = ("intro", "thank_you_text")
