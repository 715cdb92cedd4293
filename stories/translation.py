"""Fields visitors read, one column per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import StoryIndexPage, StoryPage


@register(StoryIndexPage)
class StoryIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(StoryPage)
class StoryPageTR(TranslationOptions):
    fields = ("operation_name", "summary", "hero_alt", "body")
