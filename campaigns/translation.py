"""Fields visitors read, one column per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CrimeTheme, TopicIndexPage, TopicPage


@register(CrimeTheme)
class CrimeThemeTR(TranslationOptions):
    fields = ("name", "description")


@register(TopicIndexPage)
class TopicIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(TopicPage)
class TopicPageTR(TranslationOptions):
    fields = ("summary", "hero_alt", "body")
