"""The audit trail of pledges: who approved, rejected, erased or exported them, and when.

Each action is one entry in Wagtail's log of actions, so staff read it where they read
the rest of the site's history: Reports › Site history (filter "Action") and each
pledge's own History. An entry holds the pledge's id, the user, the time and a few
codes (statuses, row counts, filter values) — never personal data: no contact name or
email, no statement, no moderation reason (staff write names into it), no search words
(a moderator searches for an email). Its label is "<organisation> (#id)": the
organisation's name is kept after erasure and is public once approved; an individual
pledger's name is a person's, so their label is the id alone. Wagtail's own entries for
pledges (edit, delete) get the same label (`use_pledge_labels`), not `str(pledge)`.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry

from .models import Pledge, PledgerType

APPROVE = "partners.pledge.approve"
REJECT = "partners.pledge.reject"
ERASE = "partners.pledge.erase_contact"
EXPORT = "partners.pledge.export"

# An export is of many pledges: its entry names the pledge model and no pledge (ids start at 1).
EXPORT_OBJECT_ID = "0"


def pledge_label(pledge_id, name="", pledger_type=PledgerType.ORGANISATION):
    if name and pledger_type == PledgerType.ORGANISATION:
        return f"{name} (#{pledge_id})"
    return f"#{pledge_id}"


def log_moderation(pledge, action, previous_status, user=None):
    log(
        pledge,
        action,
        user=user,
        title=pledge_label(pledge.pk, pledge.name, pledge.pledger_type),
        data={"status": {"old": previous_status, "new": pledge.status}, "partner_id": pledge.partner_id},
    )


def log_erasure(pledge, user=None):
    """The user comes from Wagtail's log context (every admin view sets it) when not given."""
    log(
        pledge,
        ERASE,
        user=user,
        title=pledge_label(pledge.pk, pledge.name, pledge.pledger_type),
        data={"erased": ["contact_name", "contact_email"]},
    )


def _filter_value(value):
    """A filter's cleaned value as JSON: choices stay codes, a date range becomes "from..to"."""
    if isinstance(value, slice):
        ends = [
            end.date() if isinstance(end, datetime.datetime) else end for end in (value.start, value.stop)
        ]
        return "..".join(end.isoformat() if end else "" for end in ends)
    if isinstance(value, bool | int):
        return value
    return str(value)


def export_filters(filterset):
    """The filters an export was made with, in the filter form's order; empty ones left out."""
    if filterset is None or not filterset.is_valid():
        return {}
    return {
        name: _filter_value(value)
        for name, value in filterset.form.cleaned_data.items()
        if value not in (None, "", [], ())
    }


def log_export(rows, export_format, filters, searched, user=None):
    pledge = Pledge(pk=int(EXPORT_OBJECT_ID))
    log(
        pledge,
        EXPORT,
        user=user,
        title=f"pledges.{export_format}",
        data={"rows": rows, "format": export_format, "filters": filters, "search": searched},
    )


class LoggedExportMixin:
    """For a snippet index view: each spreadsheet export writes one EXPORT entry (counts, not data)."""

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            log_export(
                rows=context["object_list"].count(),
                export_format=self.request.GET["export"],
                filters=export_filters(self.filters),
                searched=bool(self.is_searching),
                user=self.request.user,
            )
        return super().render_to_response(context, **response_kwargs)


class ExportFormatter(LogFormatter):
    label = _("Export pledges")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        rows = data.get("rows", 0)
        details = [f"{name} = {self._shown(value)}" for name, value in data.get("filters", {}).items()]
        if data.get("search"):
            details.append(gettext("with a search"))
        if not details:
            details.append(gettext("no filters"))
        details.append(str(data.get("format", "")).upper())
        return gettext("Pledges exported: %(rows)s (%(details)s)") % {
            "rows": ngettext("%(count)d row", "%(count)d rows", rows) % {"count": rows},
            "details": ", ".join(details),
        }

    @staticmethod
    def _shown(value):
        if isinstance(value, bool):
            return gettext("yes") if value else gettext("no")
        return value


def register_actions(actions):
    """For the `register_log_actions` hook: the actions, their filter labels and their messages."""
    actions.register_action(APPROVE, _("Approve pledge"), _("Pledge approved"))
    actions.register_action(REJECT, _("Reject pledge"), _("Pledge rejected"))
    actions.register_action(ERASE, _("Erase contact details"), _("Contact details erased"))
    actions.register_action(EXPORT)(ExportFormatter)


def _label_pledge_entry(sender, instance, **kwargs):
    """Wagtail labels its own entries (edit, delete) with `str(pledge)`; ours say the same as the rest."""
    if instance.pk is not None or instance.object_id == EXPORT_OBJECT_ID:
        return
    if instance.label == f"#{instance.object_id}" or instance.label.endswith(f" (#{instance.object_id})"):
        return  # one of ours, labelled already
    if instance.content_type_id != ContentType.objects.get_for_model(Pledge).pk:
        return
    row = Pledge.objects.filter(pk=instance.object_id).values("name", "pledger_type").first() or {}
    instance.label = pledge_label(instance.object_id, row.get("name", ""), row.get("pledger_type"))


def use_pledge_labels():
    pre_save.connect(_label_pledge_entry, sender=ModelLogEntry, dispatch_uid="partners-audit-label")
