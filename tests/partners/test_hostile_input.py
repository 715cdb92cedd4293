"""Issue #12 findings 1, 2 and 9: input that used to give a 500 or be stored as garbage."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from partners.forms import PledgeForm
from partners.models import Partner, Pledge

from .conftest import pledge_url
from .test_pledge_form import field_error, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name", ["Example\nBcc: victim@example.org", "Example\r\nPolice", "Tab\there", "A\u2028B"]
)
def test_a_line_break_in_a_name_is_refused_with_a_message_and_never_reaches_a_subject(
    client, pledge_page, valid_data, settings, name
):
    settings.PLEDGE_MODERATOR_EMAILS = ["moderator@example.org"]
    response = client.post(pledge_url(pledge_page), valid_data(name=name))
    assert response.status_code == 200
    assert "Please keep this on one line" in field_error(response, "name")
    assert Pledge.objects.count() == 0
    assert mail.outbox == []
    # What was typed elsewhere is kept.
    assert soup(response).find(id="id_contact_name")["value"] == "Ana Example"


def test_the_moderators_subject_is_one_line_whatever_the_stored_name(settings):
    from partners.notifications import notify_moderators
    from tests.factories import PledgeFactory

    settings.PLEDGE_MODERATOR_EMAILS = ["moderator@example.org"]
    pledge = PledgeFactory(name="Set by staff\nwith a break\u2029and more")
    notify_moderators(pledge)
    (message,) = mail.outbox
    assert "\n" not in message.subject and "\u2029" not in message.subject
    assert "Set by staff with a break and more" in message.subject


def test_a_300_character_email_is_refused_by_the_form_not_a_500(client, pledge_page, valid_data):
    address = "a" * 280 + "@example.org"
    response = client.post(pledge_url(pledge_page), valid_data(contact_email=address))
    assert response.status_code == 200
    assert field_error(response, "contact_email")
    assert soup(response).find(id="id_contact_email")["maxlength"] == "254"
    assert Pledge.objects.count() == 0


def test_form_limits_match_the_model():
    form = PledgeForm()
    for name in ("name", "website", "video_url", "contact_name", "contact_email"):
        assert form.fields[name].max_length == Pledge._meta.get_field(name).max_length, name


def test_the_view_stores_nothing_the_model_refuses(client, pledge_page, valid_data, monkeypatch):
    """A form rule that drifts from the model shows the model's message instead of a 500."""
    monkeypatch.setattr(PledgeForm.base_fields["name"], "max_length", 10_000)
    monkeypatch.setattr(PledgeForm.base_fields["name"], "validators", [])
    response = client.post(pledge_url(pledge_page), valid_data(name="N" * 300))
    assert response.status_code == 200
    assert "at most 200 characters" in response.content.decode()
    assert Pledge.objects.count() == 0


@pytest.mark.parametrize("field", ["website", "video_url"])
@pytest.mark.parametrize("url", ["ftp://example.org/logo", "javascript:alert(1)", "file:///etc/passwd"])
def test_only_web_addresses_are_accepted(client, pledge_page, valid_data, field, url):
    response = client.post(pledge_url(pledge_page), valid_data(**{field: url}))
    assert "http:// or https://" in field_error(response, field)
    assert Pledge.objects.count() == 0


def test_the_partner_website_refuses_other_schemes_too():
    partner = Partner(name="X", kind="police", country="FR", website="ftp://example.org/")
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "website" in error.value.message_dict


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "\u200b\u200b\u200b"),
        ("name", "\u3164\u3164"),
        ("contact_name", "\u2800 \u00a0"),
        ("statement", "\u200b" * 12 + "\u00a0" * 5),
    ],
)
def test_names_and_statements_of_only_invisible_characters_are_refused(
    client, pledge_page, valid_data, field, value
):
    response = client.post(pledge_url(pledge_page), valid_data(**{field: value}))
    assert response.status_code == 200
    assert Pledge.objects.count() == 0
    assert field_error(response, field)


@pytest.mark.parametrize("field", ["name", "contact_name", "statement"])
def test_bidi_overrides_are_refused(client, pledge_page, valid_data, field):
    value = {"statement": "We pledge \u202egnirahs\u202c to share advice."}.get(field, "Police \u202eeciloP")
    response = client.post(pledge_url(pledge_page), valid_data(**{field: value}))
    assert "text-direction characters" in field_error(response, field)
    assert Pledge.objects.count() == 0


def test_arabic_with_right_to_left_marks_is_still_accepted(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page, "ar"), valid_data(name="\u200fنادي المثال", kind="ngo"))
    assert response.status_code == 200
    assert Pledge.objects.get().name == "\u200fنادي المثال"


def test_the_logo_help_text_comes_from_the_settings(client, pledge_page, settings):
    settings.PLEDGE_LOGO_MAX_BYTES = 3 * 1024 * 1024
    settings.PLEDGE_LOGO_MAX_PIXELS = 250_000
    help_text = soup(client.get(pledge_url(pledge_page))).find(id="id_logo_help").get_text()
    assert "3.0\u00a0MB" in help_text and "250,000 pixels" in help_text


def test_pledge_limits_are_declared_in_settings_and_read_from_the_environment():
    import os
    import subprocess
    import sys

    code = (
        "from django.conf import settings; print(settings.PLEDGE_RATE_LIMIT, settings.PLEDGE_LOGO_MAX_BYTES)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "turnbackcrime.settings.test"}
    env.update(PLEDGE_RATE_LIMIT="25", PLEDGE_LOGO_MAX_BYTES="12345")
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.split() == ["25", "12345"], out.stderr
