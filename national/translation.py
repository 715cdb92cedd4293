"""Fields visitors read, one column per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CountryIndexPage, CountryPage, ReportingContact, ToolkitMaterial, ToolkitPage


@register(CountryIndexPage)
class CountryIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(CountryPage)
class CountryPageTR(TranslationOptions):
    fields = ("summary", "hero_alt", "body")


@register(ToolkitPage)
class ToolkitPageTR(TranslationOptions):
    fields = ("intro", "usage_terms")


@register(ToolkitMaterial)
class ToolkitMaterialTR(TranslationOptions):
    fields = ("title", "description")


@register(ReportingContact)
class ReportingContactTR(TranslationOptions):
    fields = ("authority", "opening_hours", "other_languages")
