"""Fields visitors read, translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import GalleryIndexPage, GalleryPage, GalleryPhoto


@register(GalleryIndexPage)
class GalleryIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(GalleryPage)
class GalleryPageTR(TranslationOptions):
    fields = ("place", "summary", "hero_alt")


@register(GalleryPhoto)
class GalleryPhotoTR(TranslationOptions):
    fields = ("alt_text", "caption", "credit")
