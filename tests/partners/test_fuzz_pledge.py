"""Issue #12: a fuzz test of the pledge endpoint — hostile submissions, never a 5xx, nothing invalid stored.

Our own generator, seeded (`TBC_FUZZ_SEED`) so a failure repeats: huge values, control,
invisible and bidi characters, markup, SQL, wrong types, missing and repeated fields, broken
multipart and broken files, CSRF tokens missing or forged, replays of accepted pledges, and
a share of well-formed pledges that must be stored. Sent with the Django test client (no
HTTP, but URL routing, every middleware, CSRF checks as the browser meets them, the form, the
model and the database), in the test's transaction.

`make test` sends 2,000 (`TBC_FUZZ_SUBMISSIONS`), `make fuzz` 20,000. They are split into
PARTS tests of disjoint, deterministic cases (each its own random stream), so pytest-xdist
can run them on both workers; each part asserts its own share.
"""

import os
import random

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.base import Template
from django.test import Client
from django.test.utils import _TestState

from partners import spam
from partners.forms import PledgeForm
from partners.models import Pledge
from partners.views import stored_key

from .conftest import form_token, image_file, pledge_url

pytestmark = pytest.mark.django_db

SEED = int(os.environ.get("TBC_FUZZ_SEED", "12"))
SUBMISSIONS = int(os.environ.get("TBC_FUZZ_SUBMISSIONS", "2000"))
PARTS = 4
FIELDS = ["name", "kind", "country", "website", "statement", "video_url", "contact_name", "contact_email"]
NASTY = [
    "",
    " ",
    "\x00",
    "\x00" * 5,
    "a\r\nBcc: x@example.org",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066evil\u2069",
    "\u200b" * 30,
    "\u3164",
    "\ufeff",
    "\ud7ff",
    "<script>alert(1)</script>",
    "'; DROP TABLE partners_pledge; --",
    '" OR 1=1 --',
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "%s%s%s%n",
    "../../../../etc/passwd",
    "javascript:alert(1)",
    "ftp://example.org/",
    "http://[::1",
    "http://" + "a" * 300 + ".example",
    '=HYPERLINK("http://x")',
    "😀" * 50,
    "ﷺ" * 20,
    "a" * 10_000,
    "é" * 201,
    "-1",
    "1e309",
    "NaN",
    "None",
    "[]",
    "{}",
    "true",
    "نادي المثال",
    "@" * 300,
    "a@" + "b" * 300 + ".org",
    "x@example.org\nBcc: y@example.org",
]
GOOD = {
    "name": "Example Harbour Police",
    "kind": "police",
    "country": "NZ",
    "website": "https://example.org/",
    "statement": "We pledge to share the campaign's advice at every open day.",
    "video_url": "",
    "contact_name": "Ana Example",
    "contact_email": "ana@example.org",
    "consent_to_publish": "on",
}
# Values a real pledger may send, so the well-formed share differs from pledge to pledge.
WELL_FORMED = {
    "name": [
        "Example Harbour Police",
        "نادي المثال الرياضي",
        "Club « Les Amis » & Co",
        "O'Brien's Youth Club",
    ],
    "kind": ["police", "school", "ngo", "business", "sports_club", "other"],
    "country": ["NZ", "FR", "EG", "AR", "JP"],
    "website": ["", "https://example.org/", "example.org", "http://exemple.fr/a?b=c&d=e"],
    "statement": [
        GOOD["statement"],
        "Nous nous engageons à partager les conseils.",
        "نتعهد بنشر النصائح " * 5,
    ],
    "video_url": ["", "https://www.youtube.com/watch?v=abc"],
    "contact_name": ["Ana Example", "José Ñúñez", "محمد"],
    "contact_email": ["ana@example.org", "Jose.Nunez+pledge@example.fr", "x@example.eg"],
}


def random_text(rng):
    kind = rng.random()
    if kind < 0.5:
        return rng.choice(NASTY)
    if kind < 0.8:
        return "".join(
            chr(rng.choice([rng.randrange(0, 0x20), rng.randrange(0x20, 0x3000)]))
            for _ in range(rng.randrange(1, 60))
        )
    return rng.choice(NASTY) + GOOD["statement"] + rng.choice(NASTY)


def hostile_logo(rng):
    choice = rng.randrange(5)
    if choice == 0:
        return SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(64))
    if choice == 1:
        data = LOGOS["jpeg"]
        return SimpleUploadedFile("logo.jpg", data[: rng.randrange(10, len(data))])
    if choice == 2:
        return SimpleUploadedFile("logo.pdf", LOGOS["png"])
    if choice == 3:
        return SimpleUploadedFile("logo", b"")
    return SimpleUploadedFile("logo.png", LOGOS["png"], content_type="image/png")


LOGOS = {"png": image_file().read(), "jpeg": image_file("logo.jpg", fmt="JPEG").read()}


def fresh_tokens(data):
    key = spam.new_submission_key()
    data.update(submission_key=key, timing_token=form_token(key))
    return data


def well_formed_submission(rng):
    data = dict(GOOD, **{field: rng.choice(values) for field, values in WELL_FORMED.items()})
    if rng.random() < 0.5:
        data.pop("consent_to_publish")
    return fresh_tokens(data)


def hostile_submission(rng):
    data = fresh_tokens(dict(GOOD))
    for field in rng.sample(FIELDS, rng.randrange(1, 4)):
        action = rng.random()
        if action < 0.15:
            data.pop(field, None)  # missing
        elif action < 0.3:
            data[field] = [random_text(rng), random_text(rng)]  # repeated
        else:
            data[field] = random_text(rng)
    extra = rng.random()
    if extra < 0.05:
        data["submission_key"] = random_text(rng)
    elif extra < 0.1:
        data["timing_token"] = random_text(rng)
    elif extra < 0.15:
        data["homepage"] = random_text(rng)
    elif extra < 0.2:
        data["consent_to_publish"] = random_text(rng)
    elif extra < 0.25:
        data["logo"] = hostile_logo(rng)
    return data


def malformed_multipart(rng):
    boundary = "fuzz" + str(rng.randrange(10**6))
    bodies = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nX',  # never closed
        f"--{boundary}\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--{boundary}--",
        "not multipart at all \x00\xff",
        f'--{boundary}\r\nContent-Disposition: form-data; name="logo"; filename="a.png"\r\n'
        f"Content-Type: image/png\r\n\r\n\x89PNG\r\n--{boundary}--",
    ]
    content_type = rng.choice(
        [f"multipart/form-data; boundary={boundary}", "multipart/form-data", "text/plain"]
    )
    return rng.choice(bodies).encode("utf-8", "surrogatepass"), content_type


def with_csrf(rng, data, token):
    """The token as the form's script puts it in; now and then missing, forged or doubled."""
    roll = rng.random()
    if roll < 0.03:
        return data
    if roll < 0.06:
        return dict(data, csrfmiddlewaretoken=random_text(rng))
    if roll < 0.07:
        return dict(data, csrfmiddlewaretoken=[token, random_text(rng)])
    return dict(data, csrfmiddlewaretoken=token)


def shown(value, limit=300):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def send_part(client, unchecked, url, token, rng, count):
    """Send `count` cases. Returns the 5xx answers, the submissions a thank-you page answered,
    the well-formed ones (which must be stored) and how many replays were sent."""
    failures, thanked, must_store, replays = [], [], [], 0
    for number in range(count):
        roll = rng.random()
        if roll < 0.05:
            # A broken body: the CSRF check (enforcing client) or the view (no check) meets it.
            body, content_type = malformed_multipart(rng)
            sender = client if rng.random() < 0.5 else unchecked
            response = sender.generic("POST", url, body, content_type=content_type)
            sent = {"body": body, "content_type": content_type}
        else:
            if roll < 0.12:
                sent = well_formed_submission(rng)
                must_store.append(sent)
            else:
                sent = hostile_submission(rng)
            sent = with_csrf(rng, sent, token)
            response = client.post(url, sent)
        if response.status_code >= 500:
            failures.append(f"#{number} {response.status_code} {shown(sent)}")
        elif b"page-pledge-thanks" in response.content:
            thanked.append(sent)
            # A double click or a replayed POST: the thank-you page again, nothing stored again
            # (a file is read once by the client: no replay of those).
            if "logo" not in sent and rng.random() < 0.3:
                replays += 1
                again = client.post(url, sent)
                if again.status_code >= 500 or b"page-pledge-thanks" not in again.content:
                    failures.append(f"#{number} replay {again.status_code} {shown(sent)}")
    return failures, thanked, must_store, replays


def single(value):
    return value[-1] if isinstance(value, list) else value  # what request.POST.get reads


def assert_follows_the_projects_rules(pledge):
    """The model's full validation and the public form's field rules, on what was stored."""
    try:
        pledge.full_clean(exclude=["submission_key"], validate_unique=False)
    except ValidationError as error:
        pytest.fail(f"stored an invalid pledge {pledge.pk}: {error.message_dict}")
    fields = PledgeForm().fields
    for name in FIELDS:
        try:
            fields[name].clean(getattr(pledge, name))
        except ValidationError as error:
            pytest.fail(f"stored pledge {pledge.pk}: {name}={shown(getattr(pledge, name))} {error.messages}")


@pytest.mark.parametrize("part", range(PARTS))
def test_hostile_submissions_never_give_a_5xx_or_store_garbage(part, pledge_page, settings, monkeypatch):
    settings.PLEDGE_RATE_LIMIT = 10**9
    settings.PLEDGE_MODERATOR_EMAILS = []
    # Django's test instrumentation copies the context for every template rendered: off here,
    # the submissions render as in production (nothing in this test reads the templates used).
    monkeypatch.setattr(Template, "_render", _TestState.saved_data.template_render)
    rng = random.Random(f"{SEED}:{part}")  # noqa: S311 (test data, seeded so a failure repeats)
    count = SUBMISSIONS // PARTS + (part < SUBMISSIONS % PARTS)
    url = pledge_url(pledge_page)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    token = client.get(url + "visitor-tokens/").json()["csrf_token"]  # as the form's script does
    unchecked = Client(raise_request_exception=False)

    failures, thanked, must_store, replays = send_part(client, unchecked, url, token, rng, count)

    assert failures == [], f"seed {SEED} part {part}: {len(failures)} 5xx, first: {failures[:3]}"
    stored = {pledge.submission_key: pledge for pledge in Pledge.objects.all()}
    thanked_keys = {
        stored_key(single(sent["submission_key"]), single(sent["contact_email"])) for sent in thanked
    }
    assert len(must_store) > count // 40, "too few well-formed pledges to prove anything is stored"
    for sent in must_store:
        key = stored_key(sent["submission_key"], sent["contact_email"])
        if sent.get("csrfmiddlewaretoken") == token:
            assert key in stored, (
                f"seed {SEED} part {part}: a well-formed pledge was not stored: {shown(sent)}"
            )
    # Each thank-you page stands for one stored pledge and each stored pledge had its
    # thank-you page; the replays stored nothing more (the stored keys are unique).
    assert set(stored) == thanked_keys, f"seed {SEED} part {part}: thanked and stored differ"
    assert replays or count < 200, "no replay was sent"
    for pledge in stored.values():
        assert_follows_the_projects_rules(pledge)
