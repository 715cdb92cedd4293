"""Fields visitors read, one column per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventIndexPage, EventPage


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("city", "venue", "summary", "hero_alt", "body")
