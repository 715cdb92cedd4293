"""Which models and fields are translated, read from modeltranslation's registry.

Pages, snippets and site settings are tracked: what an editor opens and saves on
its own. Inline children (a gallery's photos) are edited with their page and are
not items of their own here.
"""

from django.conf import settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.snippets import models as snippet_models

SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
TARGETS = tuple(code for code, _name in settings.LANGUAGES if code != SOURCE)
# Slugs and URL paths fall back to English by themselves: an empty French slug is not missing text.
NOT_TRACKED = {"slug", "url_path"}


def localized(name, language):
    return build_localized_fieldname(name, language)


_TRACKED = {}


def tracked_fields(model):
    """The translated field names of `model` that translators write (sorted), or ()."""
    if model in _TRACKED:
        return _TRACKED[model]
    fields = ()
    if model._meta.app_label != "translations" and is_item_model(model):
        try:
            options = translator.get_options_for_model(model)
        except NotRegistered:
            options = None
        if options is not None:
            fields = tuple(sorted(name for name in options.all_fields if name not in NOT_TRACKED))
    # Snippets are registered only once every app is ready: cache the answer after that.
    if not snippet_models.DEFER_REGISTRATION:
        _TRACKED[model] = fields
    return fields


def is_item_model(model):
    if model._meta.abstract:
        return False
    if issubclass(model, Page):
        return model is not Page
    return model in snippet_models.get_snippet_models() or issubclass(model, BaseSiteSetting)


def item_models(pages_only=False):
    """Every concrete model whose objects are rows of the translation report."""
    models = [m for m in translator.get_registered_models(abstract=False) if tracked_fields(m)]
    return [m for m in models if issubclass(m, Page)] if pages_only else models
