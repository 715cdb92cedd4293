from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import two_factor
from .search.models import SearchSynonyms
from .translation_copy import copy_english_view, translated_field_names


@hooks.register("insert_global_admin_js")
def arabic_fields_right_to_left():
    """Arabic translation fields are typed right-to-left in the admin."""
    return format_html('<script src="{}" defer></script>', static("turnbackcrime/admin/rtl-inputs.js"))


@hooks.register("register_admin_urls")
def copy_english_urls():
    return [path("pages/<int:page_id>/copy-english/", copy_english_view, name="copy_english")]


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor.enrol_view, name="two_factor_enrol"),
        path("two-factor/verify/", two_factor.verify_view, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_enrol"),
        "label": _("Two-step sign-in"),
        "help_text": _("Add an authenticator app for a second sign-in step."),
    }


@hooks.register("register_page_header_buttons")
def copy_english_button(page, user, view_name, next_url=None):
    """ "Copy English content" beside Edit, History…, for pages with translated fields."""
    if translated_field_names(page.specific_deferred) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Copy English content"),
            reverse("copy_english", args=[page.id]),
            icon_name="copy",
            priority=40,
        )


class SearchSynonymsViewSet(SnippetViewSet):
    """Snippets → Search synonyms: words a search for one of should also find the others."""

    model = SearchSynonyms
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["__str__", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]
    list_export = ["language", "terms"]
    add_to_admin_menu = False


register_snippet(SearchSynonymsViewSet)


@hooks.register("before_serve_page")
def warm_site_root_paths(page, request, serve_args, serve_kwargs):
    """Every language's site root paths in one query before the page makes its first URL (a feed
    link in `get_context`): otherwise that URL reads its language's with a query of its own."""
    from .templatetags.site_tags import _warm_site_root_paths

    _warm_site_root_paths()
