"""Issue #17 item 3 on the real stack: Varnish's log (varnishncsa) and the app's JSON lines
join on the request id, and no log file of the stack holds the pledger's data.

A page fetched twice with a new query string (a MISS that reaches the app, then a HIT that
only Varnish sees) and a pledge POST (a PASS), each with an id of the test's own.
"""

import json
import re
import time
import urllib.parse

import pytest
import requests

from partners import spam
from partners.models import EmailState, Pledge, PledgePage
from tests.partners.conftest import PastSigner
from tests.stack.conftest import get, wait_until
from tests.support.privacy import assert_nothing_of

pytestmark = pytest.mark.stack

PLEDGER = {
    "name": "Thornquist Lighthouse Keepers",
    "contact_name": "Idris Thornquist",
    "contact_email": "idris.thornquist@example.org",
    "statement": "We pledge to glimmerwax the lighthouse gate with the campaign's leaflets.",
}


def json_lines(path):
    """The JSON lines of a log file (gunicorn's own start-up lines are plain text)."""
    lines = []
    for line in path.read_text().splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


def by_id(lines, request_id):
    return [line for line in lines if line.get("request_id") == request_id]


def app_lines(stack):
    return [line for index in range(len(stack.app_ports)) for line in json_lines(stack.app_log_path(index))]


def test_proxy_and_app_log_lines_join_on_the_request_id_without_the_pledgers_data(on_stack_db):
    stack = on_stack_db
    path = PledgePage.objects.get().get_url()
    run = str(time.monotonic_ns())
    page_url = f"{stack.url}{path}?log-probe={run}"
    miss = get(page_url, headers={"X-Request-ID": f"probe-miss-{run}"})
    hit = get(page_url, headers={"X-Request-ID": f"probe-hit-{run}"})
    assert (miss.headers["X-Cache"], hit.headers["X-Cache"]) == ("MISS", "HIT")
    assert hit.headers["X-Request-ID"] == f"probe-hit-{run}"

    visitor = requests.Session()
    tokens = visitor.get(stack.url + path + "visitor-tokens/", timeout=30).json()
    # A timing token dated a minute ago, signed with the stack's key: no waiting.
    timing = PastSigner(key=stack.env["SECRET_KEY"], salt=spam.TOKEN_SALT).sign(tokens["submission_key"])
    data = {
        **PLEDGER,
        "kind": "other",
        "country": "CA",
        "csrfmiddlewaretoken": tokens["csrf_token"],
        "submission_key": tokens["submission_key"],
        "timing_token": timing,
    }
    query = "?from=" + urllib.parse.quote(PLEDGER["contact_email"])
    posted = visitor.post(
        stack.url + path + query, data=data, headers={"X-Request-ID": f"probe-pledge-{run}"}, timeout=60
    )
    assert posted.status_code == 200 and "Thank you for your pledge" in posted.text
    assert posted.headers["X-Request-ID"] == f"probe-pledge-{run}"
    # The worker sends the confirmation (to a file: this stack has no mail server).
    pledge = Pledge.objects.get(contact_email=PLEDGER["contact_email"])
    wait_until(lambda: Pledge.objects.get(pk=pledge.pk).confirmation_email == EmailState.SENT, timeout=10)

    def proxy_lines():
        return json_lines(stack.varnish_log_path)

    wait_until(lambda: by_id(proxy_lines(), f"probe-pledge-{run}"), timeout=5)
    proxy = proxy_lines()
    app = app_lines(stack)
    expected = {"miss": ("GET", 200, "MISS"), "hit": ("GET", 200, "HIT"), "pledge": ("POST", 200, "MISS")}
    for kind, (method, status, cache) in expected.items():
        request_id = f"probe-{kind}-{run}"
        (proxy_line,) = by_id(proxy, request_id)
        assert (proxy_line["method"], proxy_line["status"], proxy_line["cache"]) == (method, status, cache)
        assert proxy_line["path"] == path  # no query string
        assert proxy_line["source"] == "varnish" and proxy_line["duration_us"] > 0
        # Every field from the records varnishd still logs (scripts/stack.py VARNISH_VSL_MASK).
        assert proxy_line["handling"] == {"miss": "miss", "hit": "hit", "pledge": "pass"}[kind]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", proxy_line["time"])
        in_app = [line for line in by_id(app, request_id) if line["logger"] == "turnbackcrime.requests"]
        if kind == "hit":
            assert in_app == []  # served by Varnish alone
            continue
        (app_line,) = in_app
        assert (app_line["method"], app_line["path"], app_line["status"]) == (method, path, status)
        assert app_line["cache"] == {"miss": "MISS", "pledge": "PASS"}[kind]
        assert 0 < app_line["duration_ms"] < proxy_line["duration_us"] / 1000 + 1
        assert app_line["user_id"] is None

    everything = "".join(log.read_text() for log in stack.run_dir.glob("*.log"))
    assert_nothing_of(PLEDGER, ("Idris", "Thornquist", "glimmerwax"), everything)
