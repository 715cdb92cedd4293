from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CrimeTheme


class CrimeThemeViewSet(SnippetViewSet):
    model = CrimeTheme
    icon = "tag"
    menu_label = _("Crime themes")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "slug", "colour", "sort_order"]
    search_fields = ["name"]
    list_export = ["name", "slug", "description", "colour"]
    ordering = ["sort_order", "slug"]


register_snippet(CrimeThemeViewSet)
