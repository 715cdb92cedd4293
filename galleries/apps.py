from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleriesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "galleries"
    verbose_name = _("Photo galleries")
