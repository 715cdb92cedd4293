"""Issue #12 finding 7: admin sign-in lockout by user and address, and a second factor for staff."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "editor", "editor@example.org", "right-password", is_staff=True
    )


def sign_in(client, password, address):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address)


def test_wrong_passwords_lock_out_that_user_from_that_address_only(editor, settings):
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(attacker, "guess", "203.0.113.9").status_code == 200  # the form again
    locked = sign_in(attacker, "guess", "203.0.113.9")
    assert locked.status_code == 429
    assert "Sign-in locked for an hour" in locked.content.decode()
    # Even the right password is refused from there now…
    assert sign_in(attacker, "right-password", "203.0.113.9").status_code == 429
    # …but the real user, elsewhere, still signs in.
    real = Client()
    response = sign_in(real, "right-password", "198.51.100.7")
    assert response.status_code == 302
    assert real.get("/admin/", REMOTE_ADDR="198.51.100.7").status_code == 200


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def moderator(client):
    group = Group.objects.create(name="Pledge moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="moderate_pledge")
    )
    user = get_user_model().objects.create_user("mod", "mod@example.org", "pw", is_staff=True)
    user.groups.add(group)
    return user


def test_moderators_must_enrol_a_second_factor_then_give_a_code_each_sign_in(client, moderator, settings):
    settings.STAFF_2FA_REQUIRED = True
    client.force_login(moderator)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/?next=/admin/")
    enrol = client.get(response["Location"])
    assert enrol.status_code == 200 and "<svg" in enrol.content.decode()
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    wrong = client.post("/admin/two-factor/", {"code": "000000", "next": "/admin/"})
    assert "That code is not right" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down guessing after a wrong code
    done = client.post("/admin/two-factor/", {"code": code_for(device), "next": "/admin/"})
    assert done.status_code == 302 and done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    # A new sign-in asks for a code from the enrolled app.
    again = Client()
    again.force_login(moderator)
    response = again.get("/admin/snippets/partners/pledge/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    device.refresh_from_db()
    device.last_t = -1  # the code used at enrolment may be used once more in this test
    device.save()
    assert again.post("/admin/two-factor/verify/", {"code": code_for(device)}).status_code == 302
    assert again.get("/admin/").status_code == 200


def test_other_staff_may_enrol_but_are_not_made_to(client, editor, settings):
    settings.STAFF_2FA_REQUIRED = True
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-factor/").status_code == 200


def test_off_by_default_outside_production(client, moderator, settings):
    assert settings.STAFF_2FA_REQUIRED is False
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200
