"""Moderation in the admin: bulk approve/reject with a reason, permissions, exports, erasure, dashboard."""

import csv
import io
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from partners import audit
from partners.models import Partner, Pledge, PledgeStatus
from partners.moderation import approve_pledge, erase_personal_data
from tests.factories import PartnerFactory, PledgeFactory
from tests.support.smtp import free_port

from .conftest import pledge_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    user = get_user_model().objects.create_superuser("moderator", "moderator@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def staff_without_moderation(client):
    """Staff who may view and edit pledges, but not approve or reject them."""
    group = Group.objects.create(name="Pledge readers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_pledge"),
        Permission.objects.get(codename="change_pledge"),
    )
    user = get_user_model().objects.create_user("reader", "reader@example.org", "pw", is_staff=True)
    user.groups.add(group)
    client.force_login(user)
    return user


def bulk_url(action, pledges):
    ids = "&".join(f"id={p.pk}" for p in pledges)
    return reverse("wagtail_bulk_action", args=("partners", "pledge", action)) + f"?{ids}"


def listing_url(**params):
    from urllib.parse import urlencode

    return reverse("wagtailsnippets_partners_pledge:list") + ("?" + urlencode(params) if params else "")


def test_bulk_approve_links_or_creates_partners_and_records_the_reason(client, moderator):
    existing = PartnerFactory(name="Example Harbour Police", country="NZ")
    matching = PledgeFactory(name="example harbour police ", country="NZ")  # same name, other case
    new = PledgeFactory(name="Brand New Example", country="KE", kind="sports_club")
    confirm = client.get(bulk_url("approve", [matching, new]))
    assert confirm.status_code == 200
    assert "Brand New Example" in confirm.content.decode()
    response = client.post(bulk_url("approve", [matching, new]), {"reason": "Checked by phone"})
    assert response.status_code == 302
    matching.refresh_from_db()
    new.refresh_from_db()
    assert matching.status == new.status == PledgeStatus.APPROVED
    assert matching.partner == existing
    assert new.partner.name == "Brand New Example"
    assert new.partner.kind == "sports_club"
    assert new.partner.country.code == "KE"
    assert matching.moderation_reason == "Checked by phone"
    assert matching.moderated_by == moderator
    assert Partner.objects.count() == 2


def test_approving_uses_the_partner_staff_chose(moderator):
    chosen = PartnerFactory(name="Royal Example Police", country="CA")
    pledge = PledgeFactory(name="REP", country="CA", partner=chosen)
    approve_pledge(pledge, user=moderator)
    assert pledge.partner == chosen
    assert Partner.objects.count() == 1


def test_approving_turns_the_uploaded_logo_into_the_partners_logo(renditions_on_save, moderator, tmp_path):
    from django.core.files.base import ContentFile

    from .conftest import image_file

    pledge = PledgeFactory(name="Logo Example")
    pledge.logo.save("logo.png", ContentFile(image_file().read()))
    partner = approve_pledge(pledge, user=moderator)
    assert partner.logo is not None
    assert partner.logo.renditions.count() == 3  # AVIF, WebP, PNG made now, not when a visitor looks


def test_bulk_reject_with_reason(client, moderator):
    pledges = PledgeFactory.create_batch(3)
    client.post(bulk_url("reject", pledges[:2]), {"reason": "Not an organisation"})
    statuses = sorted(Pledge.objects.values_list("status", flat=True))
    assert statuses == ["pending", "rejected", "rejected"]
    assert Pledge.objects.filter(moderation_reason="Not an organisation").count() == 2


def test_staff_without_the_moderation_permission_cannot_approve_or_reject(client, staff_without_moderation):
    pledge = PledgeFactory()
    # They can see the listing and the pledge...
    assert client.get(listing_url()).status_code == 200
    # ...but approving or rejecting does nothing.
    for action in ("approve", "reject"):
        confirm = client.get(bulk_url(action, [pledge]))
        assert "You don't have permission to moderate these pledges" in confirm.content.decode()
        client.post(bulk_url(action, [pledge]), {"reason": "trying"})
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.PENDING
    assert pledge.moderated_at is None
    assert Partner.objects.count() == 0


def test_a_moderator_given_the_permission_can_approve(client, staff_without_moderation):
    staff_without_moderation.groups.first().permissions.add(
        Permission.objects.get(codename="moderate_pledge")
    )
    pledge = PledgeFactory()
    client.post(bulk_url("approve", [pledge]), {"reason": ""})
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.APPROVED


def test_only_approved_consented_pledges_are_public(client, pledge_page):
    shown = PledgeFactory(name="Shown Example", status=PledgeStatus.APPROVED)
    PledgeFactory(name="Approved Private Example", status=PledgeStatus.APPROVED, consent_to_publish=False)
    PledgeFactory(name="Pending Example", status=PledgeStatus.PENDING)
    PledgeFactory(name="Rejected Example", status=PledgeStatus.REJECTED)
    PledgeFactory(name="Spam Example", status=PledgeStatus.SPAM)
    for language in ("en", "ar"):
        body = client.get(pledge_url(pledge_page, language)).content.decode()
        assert shown.name in body
        for hidden in ("Approved Private", "Pending Example", "Rejected Example", "Spam Example"):
            assert hidden not in body
        for pledge in Pledge.objects.all():
            assert pledge.contact_email not in body  # never public, whatever the status


def test_listing_filters_and_search(client, moderator):
    PledgeFactory(name="Pending Example", status=PledgeStatus.PENDING, country="FR")
    PledgeFactory(name="Spam Example", status=PledgeStatus.SPAM, country="US")
    PledgeFactory(name="Kenyan Example", status=PledgeStatus.APPROVED, country="KE", kind="ngo")
    body = client.get(listing_url(status="spam")).content.decode()
    assert "Spam Example" in body and "Pending Example" not in body
    body = client.get(listing_url(country="KE", kind="ngo")).content.decode()
    assert "Kenyan Example" in body and "Spam Example" not in body
    body = client.get(listing_url(q="kenyan")).content.decode()
    assert "Kenyan Example" in body and "Pending Example" not in body
    body = client.get(listing_url(submitted_at_from="2000-01-01", submitted_at_to="2000-01-02")).content
    assert b"Kenyan Example" not in body
    from django.utils import timezone

    today = timezone.localdate().isoformat()
    body = client.get(listing_url(submitted_at_from=today, submitted_at_to=today)).content
    assert b"Kenyan Example" in body


def test_csv_export_matches_the_filter(client, moderator):
    PledgeFactory(name="Approved One", status=PledgeStatus.APPROVED, contact_email="one@example.org")
    PledgeFactory(name="Approved Two", status=PledgeStatus.APPROVED, country="ES")
    PledgeFactory(name="Pending Three", status=PledgeStatus.PENDING)
    response = client.get(listing_url(status="approved", export="csv"))
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["Name"] for row in rows) == ["Approved One", "Approved Two"]
    assert {row["Status"] for row in rows} == {"Approved"}
    assert "one@example.org" in {row["Contact email"] for row in rows}
    assert {row["Country"] for row in rows} == {"France", "Spain"}


def test_xlsx_export_matches_the_filter_and_never_holds_erased_data(client, moderator):
    erased = PledgeFactory(name="Erased Example", country="KE", contact_email="gone@example.org")
    PledgeFactory(name="Kept Example", country="KE", contact_email="kept@example.org")
    PledgeFactory(name="Other Country", country="FR")
    erase_personal_data(erased)
    response = client.get(listing_url(country="KE", export="xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    header, data = rows[0], rows[1:]
    records = [dict(zip(header, row, strict=True)) for row in data]
    assert sorted(r["Name"] for r in records) == ["Erased Example", "Kept Example"]
    flat = repr(rows)
    assert "gone@example.org" not in flat
    assert "kept@example.org" in flat


def test_erasing_keeps_the_public_pledge(client, moderator, pledge_page):
    # An email error stored before errors were redacted (or restored from an old backup) may name the address.
    pledge = PledgeFactory(
        name="Public Example",
        status=PledgeStatus.APPROVED,
        contact_name="Ana",
        contact_email="ana@example.org",
        confirmation_email_error="SMTPRecipientsRefused: {'ana@example.org': (550, b'User unknown')}",
    )
    response = client.post(bulk_url("erase_personal_data", [pledge]), {})
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.contact_name == pledge.contact_email == pledge.confirmation_email_error == ""
    assert pledge.personal_data_erased_at is not None
    assert "Public Example" in client.get(pledge_url(pledge_page)).content.decode()


@pytest.mark.parametrize("log", ("file", "bucket"))
def test_erasing_without_a_writable_erasure_log_erases_nothing_and_tells_staff(
    client, moderator, settings, tmp_path, log
):
    pledges = PledgeFactory.create_batch(2, contact_name="Ana Example", contact_email="ana@example.org")
    if log == "file":
        blocker = tmp_path / "a-file"
        blocker.write_text("")
        settings.ERASURE_LOG = blocker / "erasures.jsonl"  # under a file: never writable, even by root
    else:
        settings.ERASURE_LOG_S3 = {  # a bucket on a port nothing listens on
            "bucket": "tbc-erasure-log",
            "endpoint_url": f"http://127.0.0.1:{free_port()}",
            "region_name": "us-east-1",
            "access_key": "test-key",
            "secret_key": "test-secret",
        }
    # As from the listing: back to it, with the message.
    url = bulk_url("erase_personal_data", pledges) + "&" + urlencode({"next": listing_url()})
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(listing_url(), 302)]
    body = response.content.decode()
    assert "The contact details of 2 pledges were not erased: the erasure log cannot be written" in body
    assert "pledges erased." not in body
    for pledge in pledges:
        pledge.refresh_from_db()
        assert (pledge.contact_name, pledge.contact_email) == ("Ana Example", "ana@example.org")
        assert pledge.personal_data_erased_at is None
    assert not ModelLogEntry.objects.filter(action=audit.ERASE).exists()


def test_dashboard_shows_the_pending_count(client, moderator):
    PledgeFactory.create_batch(3, status=PledgeStatus.PENDING)
    PledgeFactory(status=PledgeStatus.SPAM)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "3 pledges waiting for review" in body
    assert "1 suspected spam" in body


def test_pledge_edit_view_opens(client, moderator):
    pledge = PledgeFactory()
    response = client.get(reverse("wagtailsnippets_partners_pledge:edit", args=[pledge.pk]))
    assert response.status_code == 200


def test_partner_snippet_listing_filters_and_exports(client, moderator):
    PartnerFactory(name="Example Police", kind="police", country="CA")
    PartnerFactory(name="Example Club", kind="sports_club", country="IT")
    url = reverse("wagtailsnippets_partners_partner:list")
    body = client.get(url, {"kind": "sports_club"}).content.decode()
    assert "Example Club" in body and "Example Police" not in body
    body = client.get(url, {"q": "police"}).content.decode()
    assert "Example Police" in body and "Example Club" not in body
    response = client.get(url, {"country": "CA", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["Name"], r["Country"], r["Kind"]) for r in rows] == [
        ("Example Police", "Canada", "Police force")
    ]
