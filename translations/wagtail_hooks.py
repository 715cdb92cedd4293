from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import exchange, notes, roles, views
from .models import GlossaryTerm
from .registry import TARGETS, tracked_fields
from .report import TranslationReportView, language_choices


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["term", "rule", "translation_fr", "translation_es", "translation_ar"]
    list_filter = ["rule"]
    search_fields = ["term"]
    list_export = ["term", "rule", "translation_fr", "translation_es", "translation_ar", "note"]


register_snippet(GlossaryViewSet)

urls = [
    path("reports/translations/", TranslationReportView.as_view(), name="report"),
    path(
        "reports/translations/results/",
        TranslationReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("translations/confirm/<int:item_id>/<str:language>/", views.confirm_view, name="confirm"),
    path("translations/export/", views.export_view, name="export"),
    path("translations/import/", views.import_view, name="import"),
]


@hooks.register("register_admin_urls")
def translation_urls():
    # Snippets are registered by now (they are not when apps become ready): lock their forms too.
    roles.install_forms()
    return [path("", include((urls, "translations"), namespace="translations"))]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def translations_report_menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("translations:report"), name="translations", icon_name="globe", order=650
    )


@hooks.register("register_admin_menu_item")
def import_translation_menu_item():
    return TranslationsMenuItem(
        _("Import a translation"),
        reverse("translations:import"),
        name="import-translation",
        icon_name="upload",
        order=9000,
    )


@hooks.register("register_page_header_buttons")
def translation_file_buttons(page, user, view_name, next_url=None):
    """ "Export for translation (French)"… and "Import a translation" in the page's header menu."""
    if not tracked_fields(page.specific_class) or not page.permissions_for_user(user).can_edit():
        return
    yield from _file_buttons(user, f"page={page.pk}")


@hooks.register("register_snippet_listing_buttons")
def snippet_translation_file_buttons(snippet, user, next_url=None):
    """The same two entries in each translated snippet's "⋯" menu of its listing."""
    model = type(snippet)
    if not exchange.exchange_fields(model) or exchange.snippet_model(exchange.snippet_label(model)) is None:
        return
    if not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        return
    yield from _file_buttons(user, f"snippet={exchange.item_key(snippet).removeprefix('snippet-')}")


def _file_buttons(user, item):
    """An export per language the user translates into, then the import; `item`: "page=12"."""
    languages = roles.translator_languages(user) or TARGETS
    export_url = reverse("translations:export")
    for priority, (code, name) in enumerate(language_choices(), start=50):
        if code in languages:
            yield Button(
                _("Export for translation: %(language)s (XLIFF)") % {"language": name},
                f"{export_url}?{item}&language={code}&format=xliff",
                icon_name="download",
                priority=priority,
            )
    yield Button(
        _("Import a translation"), f"{reverse('translations:import')}?{item}", icon_name="upload", priority=60
    )


@hooks.register("insert_editor_js")
def open_language_from_address():
    return format_html('<script src="{}" defer></script>', static("translations/editor.js"))


@hooks.register("insert_global_admin_css")
def locked_field_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("translations/admin.css"))


hooks.register("insert_page_notices", notes.outdated_translation_notice)
hooks.register("annotate_routed_page", notes.annotate_routed_page)
