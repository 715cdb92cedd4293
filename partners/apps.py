from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and pledges")

    def ready(self):
        from . import audit, signals

        signals.connect()
        signals.register_cached_pages()
        audit.use_pledge_labels()
