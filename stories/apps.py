from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Success stories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from campaigns.models import CrimeTheme
        from turnbackcrime.frontend_cache import register_shown_on

        from .models import StoryIndexPage, StoryPage

        # A theme names the stories of that theme and is a filter of the stories list.
        register_shown_on(
            CrimeTheme,
            lambda theme: [*StoryIndexPage.objects.live(), *StoryPage.objects.live().filter(theme=theme)],
        )
