"""The audit trail: approving, rejecting, erasing and exporting pledges, in Wagtail's log of actions.

Through the real admin views as a moderator (not a superuser): one entry per action with
its user, time and data; the Site history report filtered by each action lists it; no
entry holds a pledger's contact name, email or statement.
"""

import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import registry
from wagtail.models import ModelLogEntry

from partners import audit
from partners.models import Pledge, PledgerType, PledgeStatus
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db

SITE_HISTORY = "wagtailadmin_reports:site_history"


@pytest.fixture
def moderator(client):
    group = Group.objects.create(name="Pledge moderators")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_pledge", "change_pledge", "moderate_pledge"]
        )
    )
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "pw", is_staff=True)
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def pledges():
    """Pledges whose personal data is easy to spot in any serialized log entry."""
    return [
        PledgeFactory(
            name=f"Harbour Police {n}",
            contact_name=f"Zelda Quimby{n}",
            contact_email=f"zelda.quimby{n}@example.org",
            statement=f"Statement that names nobody but is unique {n} xyzzy.",
        )
        for n in range(3)
    ]


def bulk_url(action, objects):
    ids = "&".join(f"id={p.pk}" for p in objects)
    return reverse("wagtail_bulk_action", args=("partners", "pledge", action)) + f"?{ids}"


def entries(action):
    return list(ModelLogEntry.objects.filter(action=action).order_by("object_id"))


def assert_no_personal_data(pledges):
    """Every log entry, every field serialized: none of the pledgers' contact details or statements."""
    rows = json.dumps([model_to_dict(entry) for entry in ModelLogEntry.objects.all()], default=str)
    assert rows != "[]"
    for pledge in pledges:
        for secret in ("Zelda", "Quimby", "zelda.quimby", "xyzzy", pledge.statement):
            assert secret not in rows


def site_history(client, **params):
    response = client.get(reverse(SITE_HISTORY) + "?" + urlencode(params))
    assert response.status_code == 200
    return response.content.decode()


def test_bulk_approve_and_reject_log_one_entry_each_with_user_time_and_statuses(client, moderator, pledges):
    first, second, third = pledges
    before = timezone.now()
    response = client.post(bulk_url("approve", [first, second]), {"reason": "Zelda Quimby0 said yes"})
    assert response.status_code == 302
    response = client.post(bulk_url("reject", [third]), {"reason": ""})
    assert response.status_code == 302
    after = timezone.now()

    approved = entries(audit.APPROVE)
    assert [entry.object_id for entry in approved] == sorted([str(first.pk), str(second.pk)])
    for entry in approved + entries(audit.REJECT):
        assert entry.user == moderator
        assert before <= entry.timestamp <= after
        assert entry.content_type.model_class() is Pledge
    first.refresh_from_db()
    assert approved[0].data == {
        "status": {"old": "pending", "new": "approved"},
        "partner_id": first.partner_id,
    }
    assert approved[0].label == f"Harbour Police 0 (#{first.pk})"
    [rejected] = entries(audit.REJECT)
    assert rejected.object_id == str(third.pk)
    assert rejected.data == {"status": {"old": "pending", "new": "rejected"}, "partner_id": None}
    # Nothing else was logged: Wagtail's bulk actions log nothing of their own.
    assert ModelLogEntry.objects.count() == 3
    assert_no_personal_data(pledges)

    # The pledge's own History shows it, with the user.
    history = client.get(reverse("wagtailsnippets_partners_pledge:history", args=[first.pk]))
    assert history.status_code == 200
    assert "Pledge approved" in history.content.decode()
    assert "moderator" in history.content.decode()


def test_erasing_logs_one_entry_that_outlives_the_contact_details(client, moderator, pledges):
    pledge = pledges[0]
    before = timezone.now()
    response = client.post(bulk_url("erase_personal_data", [pledge]))
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.contact_email == "" and pledge.personal_data_erased_at is not None

    [entry] = entries(audit.ERASE)
    assert (entry.object_id, entry.user, entry.label) == (
        str(pledge.pk),
        moderator,
        f"Harbour Police 0 (#{pledge.pk})",
    )
    assert entry.data == {"erased": ["contact_name", "contact_email"]}
    assert before <= entry.timestamp <= timezone.now()
    assert ModelLogEntry.objects.count() == 1
    assert_no_personal_data(pledges)
    # The entry names the pledge by id only: it outlives even the pledge.
    Pledge.objects.filter(pk=pledge.pk).delete()
    assert ModelLogEntry.objects.get(pk=entry.pk).action == audit.ERASE


def test_an_export_records_its_row_count_filters_and_format_not_the_rows(client, moderator, pledges):
    PledgeFactory(name="Other", status=PledgeStatus.APPROVED, country="KE")
    Pledge.objects.filter(pk__in=[pledges[0].pk, pledges[1].pk]).update(status=PledgeStatus.APPROVED)
    listing = reverse("wagtailsnippets_partners_pledge:list")

    response = client.get(listing + "?" + urlencode({"status": "approved", "country": "FR", "export": "csv"}))
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert body.count("Harbour Police") == 2  # the export itself is whole
    [entry] = entries(audit.EXPORT)
    assert entry.user == moderator
    assert entry.data == {
        "rows": 2,
        "format": "csv",
        "filters": {"status": "approved", "country": "FR"},
        "search": False,
    }
    assert entry.message == "Pledges exported: 2 rows (status = approved, country = FR, CSV)"

    # A search for a pledger's email: that a search was made is recorded, not its words.
    query = {
        "q": "zelda.quimby2@example.org",
        "submitted_at_from": "2020-01-01",
        "email_confirmed": "false",
        "export": "xlsx",
    }
    response = client.get(listing + "?" + urlencode(query))
    assert response.status_code == 200
    latest = ModelLogEntry.objects.filter(action=audit.EXPORT).latest("pk")
    assert latest.data["rows"] == 1
    assert latest.data["filters"] == {"submitted_at": "2020-01-01..", "email_confirmed": False}
    assert latest.data["search"] is True
    assert latest.message == (
        "Pledges exported: 1 row (submitted_at = 2020-01-01.., email_confirmed = no, with a search, XLSX)"
    )
    assert ModelLogEntry.objects.count() == 2
    assert_no_personal_data(pledges)

    # Browsing the listing is not an export.
    assert client.get(listing + "?status=approved").status_code == 200
    assert ModelLogEntry.objects.count() == 2


def test_site_history_filtered_by_each_action_lists_only_that_action(client, moderator, pledges):
    first, second, third = pledges
    client.post(bulk_url("approve", [first]), {"reason": ""})
    client.post(bulk_url("reject", [second]), {"reason": ""})
    client.post(bulk_url("erase_personal_data", [third]))
    client.get(reverse("wagtailsnippets_partners_pledge:list") + "?status=approved&export=csv")

    messages = {
        audit.APPROVE: ("Pledge approved", f"Harbour Police 0 (#{first.pk})"),
        audit.REJECT: ("Pledge rejected", f"Harbour Police 1 (#{second.pk})"),
        audit.ERASE: ("Contact details erased", f"Harbour Police 2 (#{third.pk})"),
        audit.EXPORT: ("Pledges exported: 1 row (status = approved, CSV)", "pledges.csv"),
    }
    unfiltered = site_history(client)
    for action, (message, label) in messages.items():
        # The action filter offers it under its label.
        assert f'value="{action}"' in unfiltered
        page = site_history(client, action=action)
        assert message in page and label in page
        others = [other for other, _ in messages.values() if other != message]
        assert not any(other in page for other in others)
        for pledge in pledges:
            assert pledge.contact_email not in page and pledge.contact_name not in page


def test_action_labels_and_messages_are_translated():
    # Wagtail's get_action_label reads the registry without scanning the hooks first (the
    # reports scan them); run alone or first, this test would find no action registered.
    registry.scan_for_actions()
    with translation.override("fr"):
        labels = [
            str(registry.get_action_label(action)) for action in (audit.APPROVE, audit.ERASE, audit.EXPORT)
        ]
    assert (
        labels[0] != "Approve pledge"
        and labels[1] != "Erase contact details"
        and labels[2] != "Export pledges"
    )
    entry = ModelLogEntry(
        action=audit.EXPORT, data={"rows": 3, "format": "xlsx", "filters": {}, "search": False}
    )
    for language in ("fr", "es", "ar"):
        with translation.override(language):
            message = audit.ExportFormatter().format_message(entry)
        assert "Pledges exported" not in message and "3" in message and "XLSX" in message


def test_wagtails_own_edit_entry_carries_the_same_label_and_individuals_are_only_an_id(
    client, moderator, pledges
):
    pledge = pledges[0]
    edit_url = reverse("wagtailsnippets_partners_pledge:edit", args=[pledge.pk])
    form = {
        "name": pledge.name,
        "kind": pledge.kind,
        "country": "FR",
        "website": "",
        "statement": pledge.statement,
        "video_url": "",
        "consent_to_publish": "on",
        "partner": "",
        "contact_name": pledge.contact_name,
        "contact_email": "new.zelda.quimby@example.org",
    }
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    [edit] = ModelLogEntry.objects.filter(action="wagtail.edit")
    assert (edit.label, edit.user) == (f"Harbour Police 0 (#{pledge.pk})", moderator)
    assert_no_personal_data(pledges)

    person = PledgeFactory(name="Zelda Quimby", pledger_type=PledgerType.INDIVIDUAL)
    client.post(bulk_url("approve", [person]), {"reason": ""})
    [entry] = ModelLogEntry.objects.filter(action=audit.APPROVE)
    assert entry.label == f"#{person.pk}"


def test_only_staff_with_pledge_permissions_see_the_pledge_entries(client, moderator, pledges):
    client.post(bulk_url("erase_personal_data", [pledges[0]]))
    assert "Contact details erased" in site_history(client)

    editor_group = Group.objects.create(name="Page editors")
    editor_group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", "change_page"]))
    editor = get_user_model().objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    editor.groups.add(editor_group)
    client.force_login(editor)
    # Any admin user may open the report; Wagtail lists only entries on models they hold a
    # permission for, and the editor holds none on pledges.
    assert "Contact details erased" not in site_history(client)
    assert "Harbour Police" not in site_history(client, action=audit.ERASE)
    history = client.get(reverse("wagtailsnippets_partners_pledge:history", args=[pledges[0].pk]))
    assert history.status_code == 302 and "Contact details erased" not in history.content.decode()
