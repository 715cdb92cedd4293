from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and pledges")

    def ready(self):
        from turnbackcrime.backup import erasure_log

        from . import audit, moderation, signals

        signals.connect()
        signals.register_cached_pages()
        audit.use_pledge_labels()
        # A restore of an older backup erases again the contacts erased since (erasure log).
        erasure_log.register(moderation.ERASURE_KIND, moderation.reapply_erasures)
