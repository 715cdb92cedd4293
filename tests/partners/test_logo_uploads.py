"""Issue #12 finding 6: logos decoded in full, named formats only, generated names, no animation."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from partners.models import Partner, Pledge, PledgeStatus
from tests.factories import PledgeFactory

from .conftest import image_file, pledge_url
from .test_moderation import bulk_url, moderator  # noqa: F401 (fixture)
from .test_pledge_form import field_error

pytestmark = pytest.mark.django_db


def truncated_jpeg():
    data = image_file("logo.jpg", size=(300, 200), fmt="JPEG").read()
    return data[: len(data) // 2]


def animated_gif(frames=30, size=(400, 400)):
    buffer = io.BytesIO()
    images = [Image.new("RGB", size, (i * 8, 255 - i * 8, 40)) for i in range(frames)]
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def post_logo(client, page, valid_data, name, content):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    return client.post(pledge_url(page), {**valid_data(), "logo": upload})


def test_a_truncated_jpeg_is_refused(client, pledge_page, valid_data):
    response = post_logo(client, pledge_page, valid_data, "logo.jpg", truncated_jpeg())
    assert response.status_code == 200
    assert "could not be read" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_an_animated_gif_is_refused(client, pledge_page, valid_data):
    response = post_logo(client, pledge_page, valid_data, "logo.gif", animated_gif())
    assert "animated logos are not accepted" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_a_png_named_pdf_is_refused(client, pledge_page, valid_data):
    png = image_file().read()
    response = post_logo(client, pledge_page, valid_data, "logo.pdf", png)
    assert "The logo must be an image file" in field_error(response, "logo")
    response = post_logo(client, pledge_page, valid_data, "logo.jpg", png)  # says JPEG, is PNG
    assert "The logo must be an image file" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_a_4000_by_4000_png_is_refused_before_decoding(client, pledge_page, valid_data):
    buffer = io.BytesIO()
    Image.new("1", (4000, 4000)).save(buffer, format="PNG", optimize=True)
    response = post_logo(client, pledge_page, valid_data, "logo.png", buffer.getvalue())
    assert "4000 × 4000 pixels" in field_error(response, "logo")
    assert "1,000,000 pixels" in field_error(response, "logo")
    assert Pledge.objects.count() == 0


def test_a_good_logo_is_stored_under_a_generated_name(client, pledge_page, valid_data):
    upload = image_file("../../etc/Our Logo (final).PNG")
    response = client.post(pledge_url(pledge_page), {**valid_data(), "logo": upload})
    assert response.status_code == 200
    name = Pledge.objects.get().logo.name
    assert name.startswith("pledges/logos/")
    filename = name.rsplit("/", 1)[-1]
    assert "Logo" not in filename and filename.endswith(".png") and len(filename) == 36


def test_bulk_approval_reports_a_pledge_with_a_damaged_logo_and_approves_the_rest(client, moderator):  # noqa: F811
    bad = PledgeFactory(name="Damaged Logo Example")
    bad.logo.save("old.jpg", SimpleUploadedFile("old.jpg", truncated_jpeg()), save=True)
    good = PledgeFactory(name="Fine Example")
    response = client.post(bulk_url("approve", [bad, good]), {"reason": ""})
    assert response.status_code == 302
    body = client.get(reverse("wagtailsnippets_partners_pledge:list")).content.decode()
    assert "Damaged Logo Example" in body and "its logo cannot be used" in body
    assert "1 pledge approved." in body
    bad.refresh_from_db()
    good.refresh_from_db()
    assert bad.status == PledgeStatus.PENDING
    assert good.status == PledgeStatus.APPROVED
    assert not Partner.objects.filter(name="Damaged Logo Example").exists()
