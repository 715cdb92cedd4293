"""Staff moderate posts in Snippets → Social networks (the demo posts: tests/social/test_demo.py)."""

import pytest

from social.models import SocialPost
from tests.factories import SocialPostFactory

pytestmark = pytest.mark.django_db

POSTS_URL = "/admin/snippets/social/socialpost/"


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", "staff@example.org", "pw"))
    return client


def test_listing_filters_by_status_and_network_and_searches(staff_client):
    SocialPostFactory(text="Approved on X", status="approved", network="x")
    SocialPostFactory(text="Waiting on Facebook", status="pending", network="facebook")
    SocialPostFactory(text="Hidden spam", status="hidden", network="x")

    response = staff_client.get(POSTS_URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Approved on X" in body and "Waiting on Facebook" in body and "Hidden spam" in body

    body = staff_client.get(POSTS_URL, {"status": "pending"}).content.decode()
    assert "Waiting on Facebook" in body and "Approved on X" not in body and "Hidden spam" not in body

    body = staff_client.get(POSTS_URL, {"network": "x"}).content.decode()
    assert "Approved on X" in body and "Hidden spam" in body and "Waiting on Facebook" not in body

    body = staff_client.get(POSTS_URL, {"q": "spam"}).content.decode()
    assert "Hidden spam" in body and "Approved on X" not in body


def test_staff_type_a_post_in_the_admin(staff_client):
    response = staff_client.post(
        f"{POSTS_URL}add/",
        {
            "status": "approved",
            "network": "x",
            "handle": "@TurnBackCrime (example)",
            "language": "en",
            "text": "Typed by hand #TurnBackCrime",
            "link": "https://example.org/typed/1",
            "posted_at": "2026-11-01 10:00",
            "image_alt": "",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    post = SocialPost.objects.get()
    assert post.source == SocialPost.Source.TYPED
    assert post.status == SocialPost.Status.APPROVED


def test_a_bad_link_is_refused_with_a_message(staff_client):
    response = staff_client.post(
        f"{POSTS_URL}add/",
        {
            "status": "approved",
            "network": "x",
            "handle": "@a",
            "text": "x",
            "link": "javascript:alert(1)",
            "posted_at": "2026-11-01 10:00",
        },
    )
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not SocialPost.objects.exists()


@pytest.mark.parametrize(("action", "status"), [("approve", "approved"), ("hide", "hidden")])
def test_bulk_approve_and_hide(staff_client, action, status):
    first = SocialPostFactory(status="pending")
    second = SocialPostFactory(status="pending")
    untouched = SocialPostFactory(status="pending")
    url = f"/admin/bulk/social/socialpost/{action}/?id={first.pk}&id={second.pk}&next={POSTS_URL}"

    confirm = staff_client.get(url)
    assert confirm.status_code == 200
    assert str(first) in confirm.content.decode()

    response = staff_client.post(url)
    assert response.status_code == 302
    assert response.url == POSTS_URL
    assert set(SocialPost.objects.filter(status=status).values_list("pk", flat=True)) == {first.pk, second.pk}
    untouched.refresh_from_db()
    assert untouched.status == "pending"
    listing = staff_client.get(POSTS_URL)
    assert f"2 posts {'approved' if action == 'approve' else 'hidden'}." in listing.content.decode()


def test_listing_offers_the_bulk_actions(staff_client):
    SocialPostFactory(status="pending")
    body = staff_client.get(POSTS_URL).content.decode()
    assert "/admin/bulk/social/socialpost/approve/" in body
    assert "/admin/bulk/social/socialpost/hide/" in body
