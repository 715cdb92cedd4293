"""What moderators do to pledges: approve, reject, erase personal data."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.log_actions import get_active_log_context

from turnbackcrime.backup import erasure_log
from turnbackcrime.images import renditions_on_save

from . import audit
from .images import prerender_logo
from .logos import check_logo, generated_name
from .models import Partner, Pledge, PledgeStatus
from .tasks import send_pledge_approved


def find_partner(pledge):
    """The partner a pledge belongs to: the one chosen by staff, else the same name in the same country."""
    if pledge.partner_id:
        return pledge.partner
    return Partner.objects.filter(name__iexact=pledge.name.strip(), country=pledge.country).first()


class LogoUnusable(Exception):
    """The pledge's stored logo cannot become a partner's image (damaged, too big, animated…)."""


def _logo_image(pledge):
    if not pledge.logo:
        return None
    Image = get_image_model()
    with pledge.logo.open("rb") as handle:
        # Checked again: logos stored before the upload checks existed may be damaged.
        try:
            ext = check_logo(handle, pledge.logo.name)
        except ValidationError as error:
            raise LogoUnusable(" ".join(error.messages)) from None
        image = Image(title=f"{pledge.name} logo")
        image.file = ImageFile(handle, name=generated_name(ext))
        image.save()
    return image


@transaction.atomic
def approve_pledge(pledge, user=None, reason=""):
    partner = find_partner(pledge)
    if partner is None:
        partner = Partner.objects.create(
            name=pledge.name.strip(),
            kind=pledge.kind or "other",
            country=pledge.country,
            website=pledge.website,
            logo=_logo_image(pledge),
            is_public=pledge.consent_to_publish,
        )
    elif partner.logo_id is None and pledge.logo:
        partner.logo = _logo_image(pledge)
        partner.save()
    if partner.logo_id and renditions_on_save():
        prerender_logo(partner.logo)
    pledge.partner = partner
    newly_approved = pledge.status != PledgeStatus.APPROVED
    _moderate(pledge, PledgeStatus.APPROVED, user, reason, audit.APPROVE)
    if newly_approved:
        # Through the queue, after commit: an approval rolled back tells nobody.
        transaction.on_commit(lambda: send_pledge_approved.enqueue(pledge.pk))
    return partner


@transaction.atomic
def reject_pledge(pledge, user=None, reason=""):
    _moderate(pledge, PledgeStatus.REJECTED, user, reason, audit.REJECT)


def _moderate(pledge, status, user, reason, log_action):
    previous_status = pledge.status
    pledge.status = status
    pledge.moderated_at = timezone.now()
    pledge.moderated_by = user if user is not None and user.is_authenticated else None
    if reason:
        pledge.moderation_reason = reason
    pledge.save()
    audit.log_moderation(pledge, log_action, previous_status, user=pledge.moderated_by)


# The erasure log's name for pledges' erased contacts (turnbackcrime.backup.erasure_log).
ERASURE_KIND = "pledge"


@transaction.atomic
def erase_personal_data(pledge, user=None):
    """Remove the contact's name and email for good; the public pledge stays if consented.

    Without consent to publish, nothing of the pledge is public anyway; its
    statement and name stay for the count, as the pledger agreed when sending it.

    The erasure log (no personal data: the id, time, staff user) is written first and synced,
    so that every restore of an older backup erases the contact again; if it cannot be
    written, ErasureLogUnavailable is raised and nothing is erased. A log entry whose erase
    then fails or rolls back (rare) only makes a restore erase what staff meant to erase anyway.
    The user is the one given, else the one of Wagtail's log context (every admin view sets it).
    """
    at = timezone.now()
    if user is None:
        user = get_active_log_context().user
    user_id = user.pk if user is not None and user.is_authenticated else None
    erasure_log.record(ERASURE_KIND, pledge.pk, user_id=user_id, at=at)
    _blank_contact([pledge.pk], at)
    pledge.refresh_from_db()
    audit.log_erasure(pledge, user=user)


def _blank_contact(ids, at):
    Pledge.objects.filter(pk__in=ids).update(
        contact_name="",
        contact_email="",
        confirmation_email_error="",  # an SMTP server's refusal may name the address
        personal_data_erased_at=Coalesce("personal_data_erased_at", Value(at)),
    )


def reapply_erasures(entries):
    """After a restore: erase again the contacts the erasure log names (pledges gone since are skipped)."""
    for entry in entries:
        _blank_contact([entry["id"]], datetime.fromisoformat(entry["at"]))
