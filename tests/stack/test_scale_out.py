"""Two app nodes behind one Varnish, sharing PostgreSQL, Redis and the local S3 server.

Node A's admin publishes and uploads (to the bucket); node B renders the image from the
bucket, and the proxy sees the publish at once; a pledge sent
through the proxy is stored once; with node A killed the site is still served. The last
test kills node A: it stays last in this module, and this module last in tests/stack/.
"""

import io
import re
import time

import pytest
import requests
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from partners.models import Pledge, PledgePage
from stories.models import StoryPage
from tests.stack.conftest import get, wait_until

pytestmark = pytest.mark.stack

PASSWORD = "correct-horse-battery-9"  # noqa: S105 (a test account on a throwaway database)


_SESSIONS = {}


@pytest.fixture
def editor_on_node_a(on_stack_db, settings):
    """A logged-in admin session made through node A (the session lives in the shared database).

    Production settings require a second factor of superusers: the editor has a TOTP device
    and signs in with a code, as staff do. One session per stack (a code is accepted once).
    """
    stack = on_stack_db
    if id(stack) in _SESSIONS:
        return _SESSIONS[id(stack)]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]  # what the nodes check
    user = get_user_model().objects.filter(username="stack-editor").first()
    if user is None:
        user = get_user_model().objects.create_superuser("stack-editor", "editor@example.org", PASSWORD)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name="stack test app", confirmed=True
    )
    session = requests.Session()
    node_a = stack.app_url(0)
    session.get(node_a + "/admin/login/", timeout=30)
    response = session.post(
        node_a + "/admin/login/",
        data={
            "username": "stack-editor",
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    response = session.post(
        node_a + "/admin/two-factor/verify/",
        data={
            "code": f"{totp.token():0{device.digits}d}",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    _SESSIONS[id(stack)] = session
    return session


def admin_post(session, url, data=None, files=None):
    form = session.get(url, timeout=30)
    assert form.status_code == 200, url
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    return session.post(
        url,
        data={"csrfmiddlewaretoken": token, **(data or {})},
        files=files,
        timeout=60,
        allow_redirects=False,
    )


def test_unpublish_through_node_a_admin_is_fresh_through_the_proxy(on_stack_db, editor_on_node_a):
    stack = on_stack_db
    story = StoryPage.objects.live().order_by("path").first()
    path = story.get_url()
    get(stack.url + path)
    assert get(stack.url + path).headers["X-Cache"] == "HIT"
    response = admin_post(editor_on_node_a, f"{stack.app_url(0)}/admin/pages/{story.pk}/unpublish/")
    assert response.status_code == 302
    # Purged by the task worker (db_worker) after node A's commit.
    seconds = wait_until(lambda: get(stack.url + path).status_code == 404, timeout=2)
    print(f"unpublished through node A's admin: gone through the proxy after {seconds:.3f} s")


def test_an_image_uploaded_on_node_a_renders_on_node_b(on_stack_db, editor_on_node_a):
    """Through the shared bucket: A stores the original there, B reads it and stores its
    rendition there, and the page links to the bucket, not to an app node."""
    stack = on_stack_db
    bucket_url = f"{stack.s3_environ['AWS_S3_ENDPOINT_URL']}/{stack.s3_environ['AWS_STORAGE_BUCKET_NAME']}/"
    upload = io.BytesIO()
    PILImage.new("RGB", (640, 480), "#c0392b").save(upload, "PNG")
    response = admin_post(
        editor_on_node_a,
        f"{stack.app_url(0)}/admin/images/add/",
        data={"title": "Uploaded on node A", "collection": str(Collection.get_first_root_node().pk)},
        files={"file": ("node-a.png", upload.getvalue(), "image/png")},
    )
    assert response.status_code == 302, response.text[:1000]
    image = get_image_model().objects.get(title="Uploaded on node A")
    original = stack.s3.head_object(Bucket=stack.s3_environ["AWS_STORAGE_BUCKET_NAME"], Key=image.file.name)
    assert original["ContentLength"] == len(upload.getvalue())
    # Node B's admin makes the preview rendition from the original that node A stored.
    on_b = editor_on_node_a.get(f"{stack.app_url(1)}/admin/images/{image.pk}/", timeout=60)
    assert on_b.status_code == 200
    rendition = re.search(r'src="([^"]+/images/node-a[^"]+)"', on_b.text).group(1)
    assert rendition.startswith(bucket_url + "images/node-a"), rendition
    served = requests.get(rendition, timeout=30)  # by the bucket, anonymously
    assert served.status_code == 200
    assert served.headers["Content-Type"].startswith("image/")
    assert served.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert get(stack.app_url(0) + "/media/" + image.file.name).status_code == 404  # not the app's job
    assert not any(stack.media_root.rglob("*.*")), "a node wrote media to its own disk"


def test_a_pledge_posted_through_the_proxy_is_stored_once(on_stack_db):
    stack = on_stack_db
    path = PledgePage.objects.get().get_url()
    visitor = requests.Session()
    page = visitor.get(stack.url + path, timeout=30)
    assert "Set-Cookie" not in page.headers
    tokens = visitor.get(stack.url + path + "visitor-tokens/", timeout=30).json()
    data = {
        "name": "Two Nodes Sailing Club",
        "kind": "other",
        "country": "PT",
        "statement": "We pledge to warn our members about fake goods.",
        "contact_name": "Rita",
        "contact_email": "rita@example.org",
        "csrfmiddlewaretoken": tokens["csrf_token"],
        "submission_key": tokens["submission_key"],
        "timing_token": tokens["timing_token"],
    }
    time.sleep(1.1)  # PLEDGE_MIN_SECONDS is 1 on this stack
    # A double click: the same form twice, round-robin to both nodes.
    answers = [visitor.post(stack.url + path, data=data, timeout=60) for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert all("Thank you for your pledge" in answer.text for answer in answers)
    stored = Pledge.objects.filter(contact_email="rita@example.org")
    assert stored.count() == 1
    assert stored.get().spam_reason == ""


def test_killing_node_a_leaves_the_site_served(on_stack_db):
    """Last in this module: node A stays down for the rest of the session."""
    stack = on_stack_db
    paths = ["/en/", "/fr/", "/ar/", PledgePage.objects.get().get_url()]
    stack.kill_node(0)
    for _ in range(3):
        for path in paths:
            # A new query string is a cache miss: it must reach a live node.
            response = get(f"{stack.url}{path}?after-kill={time.monotonic()}")
            assert response.status_code == 200, path
