from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness topics and the crime themes shared with success stories."""

    name = "campaigns"
    verbose_name = _("Awareness topics")

    def ready(self):
        from turnbackcrime.frontend_cache import register_shown_on

        from .models import CrimeTheme, TopicIndexPage

        # A theme's name shows on the topics list; the stories app adds its own pages.
        register_shown_on(CrimeTheme, lambda theme: TopicIndexPage.objects.live())
