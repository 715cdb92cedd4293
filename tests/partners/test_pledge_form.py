"""The public pledge form: stored once, every invalid input re-shown with its message, never a 500."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from partners.models import Pledge, PledgeStatus

from .conftest import image_file, pledge_url

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def field_error(response, name):
    node = soup(response).find(id=f"id_{name}_error")
    return node.get_text(" ", strip=True) if node else ""


def test_form_page_renders_valid_html_in_english_and_arabic(client, pledge_page, assert_valid_html):
    for language in ("en", "ar"):
        response = client.get(pledge_url(pledge_page, language))
        assert response.status_code == 200
        assert_valid_html(response, f"pledge form ({language})")
        page = soup(response)
        assert page.find("input", attrs={"name": "submission_key"})["value"]
        assert page.find("input", attrs={"name": "timing_token"})["value"]


def test_each_render_gets_its_own_submission_key(client, pledge_page):
    keys = {
        soup(client.get(pledge_url(pledge_page))).find("input", attrs={"name": "submission_key"})["value"]
        for _ in range(3)
    }
    assert len(keys) == 3


def test_valid_submission_is_stored_once_and_thanked(
    client, pledge_page, valid_data, settings, assert_valid_html
):
    settings.PLEDGE_MODERATOR_EMAILS = ["moderator@example.org", "second@example.org"]
    data = valid_data()
    url = pledge_url(pledge_page)
    first = client.post(url, data)
    assert first.status_code == 200
    assert "Thank you for your pledge" in first.content.decode()
    assert_valid_html(first, "thank-you page")
    # Double click / back-and-resend / replayed POST: same key, same thank-you, no new row.
    second = client.post(url, data)
    third = client.post(url, data)
    assert second.status_code == third.status_code == 200
    assert "Thank you for your pledge" in third.content.decode()
    assert Pledge.objects.count() == 1
    pledge = Pledge.objects.get()
    assert pledge.status == PledgeStatus.PENDING
    assert pledge.name == "Example Harbour Police"
    assert pledge.country.code == "NZ"
    assert pledge.consent_to_publish is True
    assert pledge.email_confirmed_at is None
    assert pledge.language == "en"
    # One confirmation to the pledger, one notice to the moderators.
    assert len(mail.outbox) == 2
    confirm, notice = mail.outbox
    assert confirm.to == ["ana@example.org"]
    assert "/confirm/?token=" in confirm.body
    assert notice.to == ["moderator@example.org", "second@example.org"]
    assert "Example Harbour Police" in notice.subject
    assert f"/admin/snippets/partners/pledge/edit/{pledge.pk}/" in notice.body


def test_no_moderator_email_when_none_configured(client, pledge_page, valid_data, settings):
    settings.PLEDGE_MODERATOR_EMAILS = []
    client.post(pledge_url(pledge_page), valid_data())
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]


def test_two_visitors_with_the_same_cached_form_are_two_pledges(client, pledge_page, valid_data):
    data = valid_data()
    client.post(pledge_url(pledge_page), data)
    client.post(
        pledge_url(pledge_page), {**data, "contact_email": "other@example.org", "name": "Other Example"}
    )
    assert Pledge.objects.count() == 2


def test_thank_you_and_confirmation_email_in_the_visitors_language(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page, "fr"), valid_data())
    assert "Merci pour votre engagement" in response.content.decode()
    assert Pledge.objects.get().language == "fr"
    assert "/fr/engagez-vous/confirm/" in mail.outbox[0].body
    assert "confirmer" in mail.outbox[0].subject.lower()


INVALID = [
    ("name", "", "This field is required."),
    ("kind", "astronaut", "Select a valid choice."),
    ("country", "XX", "Select a valid choice."),
    ("website", "not a website", "http:// or https://"),
    ("statement", "", "This field is required."),
    ("statement", "Too short", "at least 10 characters"),
    ("video_url", "javascript:alert(1)", "http:// or https://"),
    ("contact_name", "", "This field is required."),
    ("contact_email", "ana-at-example", "Enter a valid email address."),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID)
def test_each_invalid_field_is_reshown_with_its_message_and_the_typed_values(
    client, pledge_page, valid_data, field, value, message
):
    data = valid_data(**{field: value})
    response = client.post(pledge_url(pledge_page), data)
    assert response.status_code == 200
    assert message in field_error(response, field)
    assert Pledge.objects.count() == 0
    assert mail.outbox == []
    page = soup(response)
    assert page.find(id=f"id_{field}")["aria-invalid"] == "true"
    assert f"id_{field}_error" in page.find(id=f"id_{field}")["aria-describedby"]
    # Everything typed comes back, the wrong value included.
    assert page.find(id="id_contact_email")["value"] == data["contact_email"]
    if field != "statement":
        assert page.find(id="id_statement").get_text().strip() == data["statement"]
    if field != "name":
        assert page.find(id="id_name")["value"] == data["name"]
    assert page.find(id="id_consent_to_publish").has_attr("checked")
    assert page.find("a", href=f"#id_{field}") is not None  # the error summary links to the field


def test_error_state_is_valid_html(client, pledge_page, valid_data, assert_valid_html):
    response = client.post(pledge_url(pledge_page, "ar"), valid_data(name="", contact_email="x"))
    assert response.status_code == 200
    assert_valid_html(response, "pledge form with errors (ar)")


def test_errors_are_in_the_visitors_language(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page, "fr"), valid_data(name="", statement="x" * 10_000))
    # Django's French catalogue, or an earlier app's ("Champ requis."): French either way.
    assert field_error(response, "name") in {"Ce champ est obligatoire.", "Champ requis."}
    assert "1000" in field_error(response, "statement")
    assert "caractères" in field_error(response, "statement")
    arabic = client.post(pledge_url(pledge_page, "ar"), valid_data(name=""))
    assert "هذا الحقل مطلوب" in field_error(arabic, "name")


def test_a_10000_character_statement_gets_a_clear_error(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page), valid_data(statement="a" * 10_000))
    assert response.status_code == 200
    error = field_error(response, "statement")
    assert "Please shorten your pledge to 1000 characters or fewer (it has 10000)." in error
    assert Pledge.objects.count() == 0
    assert soup(response).find(id="id_statement")["maxlength"] == "1000"


def test_right_to_left_text_is_stored_and_shown_as_written(client, pledge_page, valid_data):
    statement = "نتعهد بنشر نصائح الحملة بين موظفينا وزبائننا في كل فروعنا."
    name = "نادي المثال الرياضي"
    client.post(pledge_url(pledge_page, "ar"), valid_data(name=name, statement=statement, kind="sports_club"))
    pledge = Pledge.objects.get()
    assert pledge.statement == statement
    assert pledge.name == name
    assert pledge.language == "ar"
    from partners.moderation import approve_pledge

    approve_pledge(pledge)
    wall = soup(client.get(pledge_url(pledge_page, "en")))
    quote = wall.find("blockquote", class_="pledge-card__statement")
    assert quote["lang"] == "ar"
    assert quote["dir"] == "rtl"
    assert statement in quote.get_text()


def test_a_logo_is_stored_with_the_pledge(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page), {**valid_data(), "logo": image_file()})
    assert response.status_code == 200
    pledge = Pledge.objects.get()
    assert pledge.logo.name.startswith("pledges/logos/")
    assert pledge.logo.width == 200


def test_a_file_that_is_not_an_image_is_refused(client, pledge_page, valid_data):
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image at all", content_type="image/png")
    response = client.post(pledge_url(pledge_page), {**valid_data(), "logo": fake})
    assert "The logo must be an image file" in field_error(response, "logo")
    assert Pledge.objects.count() == 0
    assert "choose your logo again" in response.content.decode()
    assert soup(response).find(id="id_name")["value"] == "Example Harbour Police"


def test_an_image_format_we_do_not_take_is_refused(client, pledge_page, valid_data):
    response = client.post(
        pledge_url(pledge_page), {**valid_data(), "logo": image_file("logo.bmp", fmt="BMP")}
    )
    assert "The logo must be an image file" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_an_oversized_logo_file_is_refused(client, pledge_page, valid_data, settings):
    settings.PLEDGE_LOGO_MAX_BYTES = 500
    big = image_file(size=(400, 400), fmt="BMP")  # uncompressed: far over 500 bytes
    response = client.post(pledge_url(pledge_page), {**valid_data(), "logo": big})
    assert "The logo is too large" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_a_logo_with_too_many_pixels_is_refused(client, pledge_page, valid_data, settings):
    settings.PLEDGE_LOGO_MAX_PIXELS = 100 * 100
    response = client.post(pledge_url(pledge_page), {**valid_data(), "logo": image_file(size=(300, 200))})
    assert "300 × 200 pixels" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_a_tampered_submission_key_is_not_a_500(client, pledge_page, valid_data):
    response = client.post(pledge_url(pledge_page), valid_data(submission_key="'; drop table"))
    assert response.status_code == 200
    assert "This form is out of date" in response.content.decode()
    assert Pledge.objects.count() == 0


def test_missing_csrf_token_gives_a_friendly_page_not_a_500(pledge_page, valid_data):
    browser = Client(enforce_csrf_checks=True)
    for language, text in (("en", "Please send the form again"), ("fr", "Veuillez renvoyer le formulaire")):
        response = browser.post(pledge_url(pledge_page, language), valid_data())
        assert response.status_code == 403
        assert text in response.content.decode()
        assert re.search(rf'<html lang="{language}"', response.content.decode())
    assert Pledge.objects.count() == 0


def test_csrf_failure_page_is_valid_html(pledge_page, valid_data, assert_valid_html):
    response = Client(enforce_csrf_checks=True).post(pledge_url(pledge_page, "ar"), valid_data())
    assert_valid_html(response, "CSRF failure page (ar)")
