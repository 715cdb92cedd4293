from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness topics and the crime themes shared with success stories."""

    name = "campaigns"
    verbose_name = _("Awareness topics")
