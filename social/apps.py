from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialConfig(AppConfig):
    """Posts from the campaign's social networks: typed, imported or pulled from feeds, then moderated."""

    name = "social"
    verbose_name = _("Social networks")

    def ready(self):
        from . import signals

        signals.connect()
        signals.register_cached_pages()
