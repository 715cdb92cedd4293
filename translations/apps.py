from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translators' workflow: staleness tracking, status report, translator roles, XLIFF/PO.

    It finds translated content through modeltranslation's registry, so no other app
    imports it and it imports no domain app.
    """

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from . import roles, signals

        signals.connect()
        roles.connect()
