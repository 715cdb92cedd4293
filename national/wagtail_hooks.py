"""The admin: reporting contacts (and which countries have none yet), and the topic pages' block."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import missing_contacts_view
from .models import ReportingContact
from .report_block import where_to_report_block


class ReportingContactFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries))

    class Meta:
        model = ReportingContact
        fields = ["country", "is_example"]


class ReportingContactViewSet(SnippetViewSet):
    model = ReportingContact
    icon = "warning"
    menu_label = _("Reporting contacts")
    add_to_admin_menu = True
    menu_order = 220
    list_display = ["authority", "country", "phone", "is_example"]
    filterset_class = ReportingContactFilterSet
    search_fields = ["authority", "phone", "email", "web_form_url"]
    search_backend_name = None
    list_export = ["country.name", "authority", "purposes", "phone", "web_form_url", "email", "opening_hours"]
    export_headings = {"country.name": _("Country")}
    export_filename = "reporting-contacts"


register_snippet(ReportingContactViewSet)


@hooks.register("register_admin_urls")
def register_missing_contacts_url():
    return [
        path("reports/missing-reporting-contacts/", missing_contacts_view, name="missing_reporting_contacts")
    ]


@hooks.register("register_reports_menu_item")
def register_missing_contacts_menu_item():
    return MenuItem(
        _("Countries without a reporting contact"),
        reverse("missing_reporting_contacts"),
        icon_name="warning",
        order=900,
    )


# The core's page slots (turnbackcrime site_tags `page_slot`): awareness topics end
# with "where to report it", without the topics app knowing this one.
@hooks.register("page_slot:topic_end")
def topic_where_to_report(context):
    return where_to_report_block(context)
