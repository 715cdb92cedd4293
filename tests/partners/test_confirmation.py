"""Double opt-in: the signed link in the confirmation email, valid, expired or tampered."""

import re

import pytest
from django.core import mail

from partners.models import Pledge
from partners.notifications import CONFIRM_SALT

from .conftest import PastSigner, pledge_url

pytestmark = pytest.mark.django_db


def confirmation_link(client, page, data, language="en"):
    client.post(pledge_url(page, language), data)
    match = re.search(r"http://\S+/confirm/\?token=\S+", mail.outbox[0].body)
    assert match, mail.outbox[0].body
    return match.group(0).replace("http://testserver", "")


def test_the_link_confirms_the_address(client, pledge_page, valid_data, assert_valid_html):
    link = confirmation_link(client, pledge_page, valid_data())
    assert Pledge.objects.get().email_confirmed is False
    response = client.get(link)
    assert response.status_code == 200
    assert "Email address confirmed" in response.content.decode()
    assert_valid_html(response, "email confirmed page")
    assert Pledge.objects.get().email_confirmed is True
    # Following it again is harmless.
    assert client.get(link).status_code == 200


def test_the_link_and_its_page_are_in_the_pledgers_language(client, pledge_page, valid_data):
    link = confirmation_link(client, pledge_page, valid_data(), language="ar")
    assert link.startswith("/ar/pledge-ar/confirm/")
    response = client.get(link)
    assert "تم تأكيد عنوان البريد الإلكتروني" in response.content.decode()


def test_an_expired_link_says_so(client, pledge_page, valid_data, settings, assert_valid_html):
    settings.PLEDGE_CONFIRMATION_MAX_AGE = 7 * 24 * 3600
    client.post(pledge_url(pledge_page, "es"), valid_data())
    pledge = Pledge.objects.get()
    token = PastSigner(salt=CONFIRM_SALT, seconds_ago=8 * 24 * 3600).sign_object(pledge.submission_key)
    response = client.get(pledge_url(pledge_page, "es") + "confirm/", {"token": token})
    assert response.status_code == 400
    assert "Este enlace ha caducado" in response.content.decode()
    assert_valid_html(response, "expired link page")
    assert Pledge.objects.get().email_confirmed is False


@pytest.mark.parametrize("damage", ["cut", "changed", "empty", "other-salt"])
def test_a_tampered_link_says_so(client, pledge_page, valid_data, damage):
    link = confirmation_link(client, pledge_page, valid_data(), language="fr")
    path, token = link.split("?token=")
    pledge = Pledge.objects.get()
    if damage == "cut":
        token = token[:-5]
    elif damage == "changed":
        token = token[:3] + ("A" if token[3] != "A" else "B") + token[4:]
    elif damage == "empty":
        token = ""
    else:
        from django.core import signing

        token = signing.dumps(pledge.submission_key, salt="something-else")
    response = client.get(path, {"token": token})
    assert response.status_code == 400
    assert "Ce lien ne fonctionne pas" in response.content.decode()
    assert Pledge.objects.get().email_confirmed is False


def test_the_link_uses_the_address_the_visitor_used(client, pledge_page, valid_data):
    """Issue #12 finding 10: links pointed at the Site record's http://localhost/."""
    client.post(pledge_url(pledge_page), valid_data(), HTTP_HOST="127.0.0.1:8000")
    assert "http://127.0.0.1:8000/en/" in mail.outbox[0].body
    assert "http://localhost" not in mail.outbox[0].body


def test_without_a_request_the_link_uses_the_configured_public_address(pledge_page, settings):
    from partners.notifications import confirmation_url
    from tests.factories import PledgeFactory

    settings.PUBLIC_BASE_URL = "https://turnbackcrime.example/"
    url = confirmation_url(PledgeFactory(language="fr"), pledge_page)
    assert url.startswith("https://turnbackcrime.example/fr/")
    assert "/confirm/?token=" in url
