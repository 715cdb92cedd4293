"""Issue #17 item 2: errors reach Sentry, without the pledger's personal data.

The DSN points at a real HTTP server on loopback (tests/support/local_http.py) that keeps
the envelopes the SDK sends; a pledge POST fails for real inside the view (a receiver of
Pledge's post_save raises, after the INSERT ran) and the raw bytes are searched for every
piece of the pledger's data, as sent, URL-encoded and JSON-escaped.

The requests go through Django's WSGIHandler, as gunicorn calls it (Sentry wraps it and
adds the request's URL, headers and address there), in this test's transaction: the
test client would skip that layer.
"""

import gzip
import json
import subprocess
import urllib.parse

import pytest
import sentry_sdk
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.db.models.signals import post_save
from django.test import RequestFactory
from sentry_sdk.utils import get_default_release

from partners import spam
from partners.models import Pledge
from scripts.stack import ROOT
from tests.factories import PledgePageFactory
from tests.partners.conftest import form_token, pledge_url
from tests.support.local_http import LocalServer
from turnbackcrime.observability.sentry import init_error_tracking

pytestmark = pytest.mark.django_db

PLEDGER = {
    "name": "Quillfeather Harbour Watch",
    "contact_name": "Ximena Quillfeather",
    "contact_email": "ximena.quillfeather@example.org",
    "statement": "We pledge to zorblat every harbour noticeboard with the campaign's advice.",
}
VISITOR_IP = "203.0.113.77"
COOKIE_VALUE = "cookie-value-kept-private"


@pytest.fixture
def sentry_server():
    """Sentry on, sending to a local server, for this test only; off again afterwards."""
    with LocalServer({}) as server:
        environ = {
            "SENTRY_DSN": f"http://publickey@127.0.0.1:{server.port}/7",
            "SENTRY_RELEASE": "tbc-test-1",
        }
        assert init_error_tracking("ci", environ=environ)
        try:
            yield server
        finally:
            sentry_sdk.get_client().close(timeout=2)
            sentry_sdk.init()  # no DSN: a client that sends nothing


@pytest.fixture
def failing_pledge_save():
    """A real failure inside the pledge flow, with the address in its message (as a
    database error's DETAIL would have it)."""

    def fail(sender, instance, **kwargs):
        raise RuntimeError(f"forced failure after storing the pledge of {instance.contact_email}")

    post_save.connect(fail, sender=Pledge, dispatch_uid="test-forced-failure")
    yield
    post_save.disconnect(sender=Pledge, dispatch_uid="test-forced-failure")


def pledge_form(**extra):
    key = spam.new_submission_key()
    data = {
        "kind": "police",
        "country": "NZ",
        "website": "https://example.org/",
        "video_url": "",
        "consent_to_publish": "on",
        "homepage": "",
        "submission_key": key,
        "timing_token": form_token(key),
        **PLEDGER,
        **extra,
    }
    return data


class WsgiVisitor:
    """A browser of sorts: calls the WSGI application with an environ and keeps cookies."""

    def __init__(self):
        self.app = WSGIHandler()
        self.cookies = {}

    def request(self, method, path, data=None, **headers):
        factory = RequestFactory()
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        extra = {"HTTP_COOKIE": cookie, **headers} if cookie else headers
        environ = getattr(factory, method.lower())(path, data or {}, **extra).environ
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"] = int(status.split()[0])
            answer["headers"] = response_headers

        # As the test client does: this test's transaction (its connection) stays open.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = self.app(environ, start_response)
            body = b"".join(response)
            response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        for name, value in answer["headers"]:
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        return answer["status"], dict(answer["headers"]), body


def pledge_post(visitor, url, **headers):
    tokens = json.loads(visitor.request("GET", url + "visitor-tokens/")[2])
    data = pledge_form(csrfmiddlewaretoken=tokens["csrf_token"])
    return visitor.request("POST", url, data, **headers)


def envelope_items(raw):
    """(item header, payload) pairs of a Sentry envelope (one JSON header line per item)."""
    lines = raw.split(b"\n")
    items = []
    index = 1  # line 0: the envelope's own header
    while index < len(lines) - 1:
        header = json.loads(lines[index])
        payload = lines[index + 1]
        items.append((header, payload))
        index += 2
    return items


def received(server):
    bodies = []
    for _path, headers, body in server.posts:
        encoding = {k.lower(): v for k, v in headers.items()}.get("content-encoding", "")
        assert encoding in ("", "gzip"), encoding
        bodies.append(gzip.decompress(body) if encoding == "gzip" else body)
    return bodies


def events(bodies):
    return [
        json.loads(payload)
        for raw in bodies
        for header, payload in envelope_items(raw)
        if header["type"] == "event"
    ]


def forms_of(text):
    """Text as it could appear in an envelope: as is, URL-encoded, JSON-escaped, lower-cased."""
    return {
        text,
        text.lower(),
        urllib.parse.quote(text),
        urllib.parse.quote_plus(text),
        json.dumps(text)[1:-1],
        json.dumps(text, ensure_ascii=False)[1:-1],
    }


def test_a_failing_pledge_reaches_sentry_without_the_pledgers_data(
    client, home_page, sentry_server, failing_pledge_save, django_user_model, settings
):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    page = PledgePageFactory(parent=home_page)
    url = pledge_url(page)
    visitor = WsgiVisitor()
    visitor.cookies["campaign_probe"] = COOKIE_VALUE
    status, headers, _ = pledge_post(
        visitor,
        url,
        QUERY_STRING="ref=" + urllib.parse.quote(PLEDGER["contact_email"]),
        HTTP_X_FORWARDED_FOR=VISITOR_IP,
        HTTP_REFERER="https://example.org/?from=" + PLEDGER["contact_email"],
        HTTP_X_REQUEST_ID="probe-17",
    )
    assert status == 500
    assert headers["X-Request-ID"] == "probe-17"
    assert not Pledge.objects.filter(contact_email=PLEDGER["contact_email"]).exists()  # rolled back

    # The same failure for a signed-in staff member: the report names them by id only.
    staff = django_user_model.objects.create_user(
        "moderator.quentin", "quentin.staff@example.org", "pw", is_staff=True, first_name="Quentin"
    )
    client.force_login(staff)
    visitor.cookies.update({name: morsel.value for name, morsel in client.cookies.items()})
    assert pledge_post(visitor, url, HTTP_X_REQUEST_ID="probe-18")[0] == 500
    assert sentry_sdk.flush(timeout=5) is None

    bodies = received(sentry_server)
    visitor_event, staff_event = events(bodies)
    for event in (visitor_event, staff_event):
        assert event["exception"]["values"][-1]["type"] == "RuntimeError"
        assert event["release"] == "tbc-test-1"
        assert event["environment"] == "ci"
        assert "[email]" in event["exception"]["values"][-1]["value"]
    assert visitor_event["tags"]["request_id"] == "probe-17"
    assert visitor_event["request"]["method"] == "POST"
    assert visitor_event["request"]["url"].endswith(url)
    assert visitor_event["request"]["headers"]["X-Request-Id"] == "probe-17"
    assert "user" not in visitor_event
    assert staff_event["tags"]["request_id"] == "probe-18"
    assert staff_event["user"] == {"id": str(staff.pk)}

    everything = b"".join(bodies).decode()
    secrets = [*PLEDGER.values(), VISITOR_IP, COOKIE_VALUE, "quentin.staff@example.org", "moderator.quentin"]
    for secret in secrets:
        for form in forms_of(secret):
            assert form not in everything, secret
    # Nor any part of the pledger's name or the address's local part alone.
    for word in ("Ximena", "Quillfeather", "zorblat", "ximena.quillfeather", "Quentin"):
        assert word.lower() not in everything.lower(), word


def test_off_without_a_dsn_and_the_release_defaults_to_the_git_commit():
    assert init_error_tracking("production", environ={}) is False
    commit = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if commit:  # a checkout with git (CI, a clone); an export without .git has no commit to name
        assert get_default_release() == commit
