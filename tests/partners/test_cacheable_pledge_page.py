"""The pledge page is the same for every visitor (cacheable); the per-visitor parts come
from the visitor-tokens endpoint, and a POST without a token gets the form back, answers kept."""

import re

import pytest
from django.test import Client

from partners.models import Pledge

from .conftest import pledge_url

pytestmark = pytest.mark.django_db


def test_the_form_page_sets_no_cookie_and_is_public(client, pledge_page):
    response = client.get(pledge_url(pledge_page))
    assert response.status_code == 200
    assert not response.cookies
    assert "public" in response["Cache-Control"] and "s-maxage=" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken" value=""' in response.content.decode()
    assert 'data-visitor-tokens="' in response.content.decode()


def test_visitor_tokens_are_fresh_uncached_and_set_the_csrf_cookie(client, pledge_page):
    first = client.get(pledge_url(pledge_page) + "visitor-tokens/").json()
    second = Client().get(pledge_url(pledge_page) + "visitor-tokens/")
    assert "no-store" in second["Cache-Control"] and "private" in second["Cache-Control"]
    assert "csrftoken" in second.cookies
    assert first["submission_key"] != second.json()["submission_key"]
    assert first["timing_token"].startswith(first["submission_key"] + ":")


def test_a_token_from_the_endpoint_lets_the_form_through(pledge_page, valid_data, settings):
    settings.PLEDGE_MIN_SECONDS = 0
    browser = Client(enforce_csrf_checks=True)
    tokens = browser.get(pledge_url(pledge_page) + "visitor-tokens/").json()
    data = valid_data(submission_key=tokens["submission_key"])
    data.update(csrfmiddlewaretoken=tokens["csrf_token"], timing_token=tokens["timing_token"])
    response = browser.post(pledge_url(pledge_page), data)
    assert "Thank you for your pledge" in response.content.decode()
    assert Pledge.objects.get().spam_reason == ""


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Your answers are kept below"), ("ar", "إجاباتك محفوظة أدناه")]
)
def test_without_a_token_the_form_comes_back_with_the_answers_and_a_token(
    pledge_page, valid_data, language, text
):
    browser = Client(enforce_csrf_checks=True)
    data = valid_data(name="Typed Organisation Name")
    response = browser.post(pledge_url(pledge_page, language), data)
    html = response.content.decode()
    assert response.status_code == 403
    assert text in html
    assert 'value="Typed Organisation Name"' in html
    assert f'value="{data["submission_key"]}"' in html
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert Pledge.objects.count() == 0
    again = browser.post(pledge_url(pledge_page, language), {**data, "csrfmiddlewaretoken": token})
    assert again.status_code == 200
    assert Pledge.objects.count() == 1
