"""Spam signals keep a pledge in `spam` (never lost); the rate limit answers 429 with the input kept."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.core import mail
from django.core.cache import cache

from partners import spam
from partners.models import Pledge, PledgeStatus

from .conftest import form_token, pledge_url

pytestmark = pytest.mark.django_db


def post_and_get(client, page, data):
    response = client.post(pledge_url(page), data)
    assert response.status_code == 200
    assert "Thank you for your pledge" in response.content.decode()  # bots learn nothing
    return Pledge.objects.get()


def test_filled_honeypot_is_kept_as_spam(client, pledge_page, valid_data):
    pledge = post_and_get(client, pledge_page, valid_data(homepage="https://spam.example/"))
    assert pledge.status == PledgeStatus.SPAM
    assert pledge.spam_reason == "honeypot filled"
    assert pledge.statement  # the whole submission is there for staff to review
    assert mail.outbox == []  # no confirmation email to whoever the bot typed in


def test_a_form_sent_too_fast_is_kept_as_spam(client, pledge_page, valid_data):
    key = spam.new_submission_key()
    pledge = post_and_get(
        client, pledge_page, valid_data(submission_key=key, timing_token=form_token(key, seconds_ago=0))
    )
    assert pledge.status == PledgeStatus.SPAM
    assert pledge.spam_reason == "submitted too fast"


@pytest.mark.parametrize(
    "token",
    ["", "not-a-token", "4d6a1f2e-0000-4000-8000-000000000000:1abcde:forgedsignature"],
)
def test_a_forged_or_missing_timing_token_is_kept_as_spam(client, pledge_page, valid_data, token):
    pledge = post_and_get(client, pledge_page, valid_data(timing_token=token))
    assert pledge.status == PledgeStatus.SPAM
    assert pledge.spam_reason == "forged or missing timing token"


def test_a_token_signed_with_another_key_is_kept_as_spam(client, pledge_page, valid_data):
    other = form_token(spam.new_submission_key())
    pledge = post_and_get(client, pledge_page, valid_data(timing_token=other))
    assert pledge.status == PledgeStatus.SPAM
    assert pledge.spam_reason == "timing token from another form"


def test_a_token_from_a_cached_page_still_works(client, pledge_page, valid_data):
    """No session is involved: a token signed hours ago by another process is fine."""
    key = spam.new_submission_key()
    data = valid_data(submission_key=key, timing_token=form_token(key, seconds_ago=6 * 3600))
    client.cookies.clear()
    pledge = post_and_get(client, pledge_page, data)
    assert pledge.status == PledgeStatus.PENDING


def test_an_expired_token_asks_to_send_again_and_keeps_the_input(client, pledge_page, valid_data, settings):
    settings.PLEDGE_TOKEN_MAX_AGE = 60
    key = spam.new_submission_key()
    data = valid_data(submission_key=key, timing_token=form_token(key, seconds_ago=3600))
    response = client.post(pledge_url(pledge_page), data)
    assert response.status_code == 200
    assert "This form was open for a long time" in response.content.decode()
    assert Pledge.objects.count() == 0
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(id="id_name")["value"] == data["name"]
    fresh_token = page.find("input", attrs={"name": "timing_token"})["value"]
    assert fresh_token != data["timing_token"]


def test_the_rate_limit_answers_429_with_the_input_kept(
    redis_cache, client, pledge_page, valid_data, settings
):
    assert "RedisCache" in django_settings.CACHES["default"]["BACKEND"]  # counters shared by all workers
    settings.PLEDGE_RATE_LIMIT = 2
    for n in range(2):
        client.post(pledge_url(pledge_page), valid_data(contact_email=f"n{n}@example.org"))
    assert Pledge.objects.count() == 2
    data = valid_data(name="Third Example", contact_email="third@example.org")
    response = client.post(pledge_url(pledge_page, "fr"), data)
    assert response.status_code == 429
    body = response.content.decode()
    assert "engagements ont été envoyés depuis votre connexion" in body
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(id="id_name")["value"] == "Third Example"
    assert page.find(id="id_contact_email")["value"] == "third@example.org"
    assert page.find(id="id_statement").get_text().strip() == data["statement"]
    assert Pledge.objects.count() == 2
    # Another address is not limited.
    other = client.post(
        pledge_url(pledge_page), valid_data(contact_email="x@example.org"), REMOTE_ADDR="10.1.2.3"
    )
    assert other.status_code == 200
    assert Pledge.objects.count() == 3


def test_rate_limit_counters_expire_with_their_window(redis_cache, client, pledge_page, valid_data, settings):
    settings.PLEDGE_RATE_LIMIT = 1
    settings.PLEDGE_RATE_WINDOW = 1
    client.post(pledge_url(pledge_page), valid_data(contact_email="a@example.org"))
    assert client.post(pledge_url(pledge_page), valid_data(contact_email="b@example.org")).status_code == 429
    import time

    time.sleep(1.5)
    assert client.post(pledge_url(pledge_page), valid_data(contact_email="c@example.org")).status_code == 200
    assert cache.get("partners:pledge-rate:nothing") is None
