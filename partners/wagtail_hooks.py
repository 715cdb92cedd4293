"""The admin: partners, pledges (moderation, export, bulk actions) and the dashboard count."""

import django_filters
from django import forms
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from turnbackcrime.backup.erasure_log import ErasureLogUnavailable

from . import audit
from .models import Partner, PartnerKind, Pledge, PledgeStatus
from .moderation import LogoUnusable, approve_pledge, erase_personal_data, reject_pledge
from .sharing import with_pledges_brought


class PartnerFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PartnerKind.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries))

    class Meta:
        model = Partner
        fields = ["kind", "country", "is_public"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "country", BooleanColumn("is_public", label=_("Public"))]
    filterset_class = PartnerFilterSet
    search_fields = ["name", "description"]
    search_backend_name = None
    list_export = ["name", "get_kind_display", "country.name", "website", "description", "is_public"]
    export_headings = {"get_kind_display": _("Kind"), "country.name": _("Country")}
    export_filename = "partners"


class PledgeFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=PledgeStatus.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries))
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PartnerKind.choices)
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Submitted"), widget=DateRangePickerWidget)
    email_confirmed = django_filters.BooleanFilter(
        label=_("Email confirmed"), field_name="email_confirmed_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Pledge
        fields = ["status", "country", "kind", "submitted_at", "confirmation_email"]


class PledgeIndexView(audit.LoggedExportMixin, IndexView):
    """The pledge listing; its CSV and XLSX exports are recorded in the audit trail."""


class PledgeViewSet(SnippetViewSet):
    model = Pledge
    index_view_class = PledgeIndexView
    icon = "tick-inverse"
    menu_label = _("Pledges")
    list_display = [
        "name",
        "country",
        "status",
        BooleanColumn("email_confirmed", label=_("Email confirmed")),
        "confirmation_email",
        "submitted_at",
        Column("brought", label=_("Pledges brought"), sort_key="brought"),
    ]
    filterset_class = PledgeFilterSet
    search_fields = ["name", "statement", "contact_name", "contact_email"]
    search_backend_name = None
    # Erased contacts are blank in the database, so no export can bring them back.
    list_export = [
        "pk",
        "name",
        "get_kind_display",
        "country.name",
        "website",
        "statement",
        "video_url",
        "get_language_display",
        "consent_to_publish",
        "contact_name",
        "contact_email",
        "get_status_display",
        "email_confirmed_at",
        "get_confirmation_email_display",
        "submitted_at",
        "moderation_reason",
        "partner_name",
        "share_code",
        "via",
        "brought",
    ]
    export_headings = {
        "pk": "ID",
        "get_kind_display": _("Kind"),
        "country.name": _("Country"),
        "get_language_display": _("Language"),
        "get_status_display": _("Status"),
        "get_confirmation_email_display": _("Confirmation email"),
        "partner_name": _("Partner"),
        "share_code": _("Share code"),
        "via": _("Came through the share of"),
        "brought": _("Pledges brought by its shares"),
    }
    export_filename = "pledges"

    def get_queryset(self, request):
        # `brought`: pledges made through this pledge's shared links (partners.sharing).
        return with_pledges_brought(Pledge.objects.all())


class PartnersGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, PledgeViewSet)
    menu_icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"


register_snippet(PartnersGroup)


# ---------------------------------------------------------------------------
# Bulk moderation
# ---------------------------------------------------------------------------


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with each pledge for the team; not sent to the pledger."),
    )


class PledgeBulkAction(SnippetBulkAction):
    models = [Pledge]
    template_name = "partners/admin/confirm_bulk_moderation.html"
    permission = "partners.moderate_pledge"

    def check_perm(self, obj):
        return self.request.user.has_perm(self.permission)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "action_title": self.display_name,
                "action_question": self.question,
                "action_button_text": self.button_text,
            }
        )
        return context


class ApprovePledgesBulkAction(PledgeBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected pledges")
    question = _(
        "Approve these pledges? Each is linked to its partner (found by name and country, or created)."
    )
    button_text = _("Yes, approve")
    form_class = ReasonForm
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, reason="", request=None, **kwargs):
        """Approve each pledge on its own: one with an unusable logo is reported and left pending."""
        approved = 0
        for pledge in objects:
            try:
                approve_pledge(pledge, user=user, reason=reason)
            except LogoUnusable as error:
                pledge.refresh_from_db()
                if request is not None:
                    messages.error(
                        request,
                        _(
                            "“%(name)s” was not approved: its logo cannot be used (%(error)s). "
                            "Remove or replace it."
                        )
                        % {"name": pledge.name, "error": error},
                    )
            else:
                approved += 1
        return approved, 0

    def get_execution_context(self):
        return {
            "user": self.request.user,
            "reason": self.cleaned_form.cleaned_data.get("reason", ""),
            "request": self.request,
        }

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d pledge approved.", "%(count)d pledges approved.", num_parent_objects) % {
            "count": num_parent_objects
        }


class RejectPledgesBulkAction(PledgeBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected pledges")
    question = _(
        "Reject these pledges? They stay in the list, marked rejected, and are never shown publicly."
    )
    button_text = _("Yes, reject")
    form_class = ReasonForm
    action_priority = 20
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        for pledge in objects:
            reject_pledge(pledge, user=user, reason=reason)
        return len(objects), 0

    def get_execution_context(self):
        return {"user": self.request.user, "reason": self.cleaned_form.cleaned_data.get("reason", "")}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d pledge rejected.", "%(count)d pledges rejected.", num_parent_objects) % {
            "count": num_parent_objects
        }


class ErasePersonalDataBulkAction(PledgeBulkAction):
    display_name = _("Erase contact details")
    action_type = "erase_personal_data"
    aria_label = _("Erase the contact name and email of the selected pledges")
    question = _(
        "Erase the contact name and email of these pledges for good? Public pledges stay public; "
        "exports will no longer contain the contact."
    )
    button_text = _("Yes, erase")
    permission = "partners.change_pledge"
    action_priority = 40
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, user=None, request=None, **kwargs):
        """Erase each pledge's contact, stopping at the first the erasure log cannot record.

        No contact is erased without its entry in the log (a restore of an older backup would
        bring it back), so the pledges left are reported to try again, untouched.
        """
        erased = 0
        for pledge in objects:
            try:
                erase_personal_data(pledge, user=user)
            except ErasureLogUnavailable:
                # record() logged the cause for the technical team; the log is down for the rest too.
                if request is not None:
                    left = len(objects) - erased
                    messages.error(
                        request,
                        ngettext(
                            "The contact details of %(count)d pledge were not erased: the erasure log "
                            "cannot be written, and no contact is erased without its entry there. "
                            "Their details are unchanged: tell the site's technical team, then try again.",
                            "The contact details of %(count)d pledges were not erased: the erasure log "
                            "cannot be written, and no contact is erased without its entry there. "
                            "Their details are unchanged: tell the site's technical team, then try again.",
                            left,
                        )
                        % {"count": left},
                    )
                break
            erased += 1
        return erased, 0

    def get_execution_context(self):
        return {"user": self.request.user, "request": self.request}

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return None  # none erased: the error message says why
        return ngettext(
            "Contact details of %(count)d pledge erased.",
            "Contact details of %(count)d pledges erased.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


for action in (ApprovePledgesBulkAction, RejectPledgesBulkAction, ErasePersonalDataBulkAction):
    hooks.register("register_bulk_action", action)


# ---------------------------------------------------------------------------
# Audit trail (partners.audit): approve, reject, erase and export in Site history
# ---------------------------------------------------------------------------

hooks.register("register_log_actions", audit.register_actions)


# ---------------------------------------------------------------------------
# Dashboard
# ---------------------------------------------------------------------------


class PendingPledgesPanel(Component):
    name = "pending_pledges"
    order = 50
    template_name = "partners/admin/pending_pledges_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "pending": Pledge.objects.filter(status=PledgeStatus.PENDING).count(),
            "spam": Pledge.objects.filter(status=PledgeStatus.SPAM).count(),
            "pending_url": reverse("wagtailsnippets_partners_pledge:list") + "?status=pending",
            "spam_url": reverse("wagtailsnippets_partners_pledge:list") + "?status=spam",
        }


@hooks.register("construct_homepage_panels")
def add_pending_pledges_panel(request, panels):
    if request.user.has_perm("partners.view_pledge") or request.user.has_perm("partners.change_pledge"):
        panels.append(PendingPledgesPanel())
