"""Media on object storage: originals and renditions in an S3 bucket, served by the bucket.

A real S3-compatible server (moto in server mode) runs on a free loopback port for
this module; the storage is the one production builds from AWS_* variables
(`media_storage` in turnbackcrime/settings/base.py), not a stand-in.
"""

import io
import urllib.request

import boto3
import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from tests.factories import TopicIndexPageFactory, TopicPageFactory
from tests.support.s3 import public_read_bucket, start_moto
from turnbackcrime.images import prerender
from turnbackcrime.settings.base import media_storage

BUCKET = "tbc-media-test"


@pytest.fixture(scope="module")
def s3_server():
    server, endpoint = start_moto()
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",  # noqa: S106 - the local server's, not a secret
        region_name="us-east-1",
    )
    public_read_bucket(client, BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture
def media_on_s3(settings, s3_server):
    environ = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environ)}
    yield f"{s3_server}/{BUCKET}/"


def photo_bytes():
    buffer = io.BytesIO()
    # Small: encoding AVIF renditions of a large photo takes seconds.
    PillowImage.new("RGB", (640, 360), (180, 40, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a loopback URL
        return response.status, response.read()


def test_media_storage_is_local_disk_unless_a_bucket_is_named():
    assert media_storage({})["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    s3 = media_storage({"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_CUSTOM_DOMAIN": "media.example.org"})
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["querystring_auth"] is False  # public URLs, no signature to expire


def test_public_urls_use_the_custom_domain(settings):
    from storages.backends.s3 import S3Storage

    options = media_storage({"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_CUSTOM_DOMAIN": "media.example.org"})
    storage = S3Storage(**options["OPTIONS"])
    assert storage.url("images/logo.png") == "https://media.example.org/images/logo.png"


@pytest.mark.django_db
def test_originals_and_renditions_live_in_the_bucket_and_pages_link_to_it(media_on_s3, home_page, client):
    assert default_storage.__class__.__name__ == "S3Storage"
    image = get_image_model().objects.create(
        title="Harbour patrol", file=ImageFile(io.BytesIO(photo_bytes()), name="harbour.jpg")
    )
    assert image.file.url.startswith(media_on_s3)
    status, original = fetch(image.file.url)
    assert status == 200 and original[:3] == b"\xff\xd8\xff"

    prerender(image, "hero")  # what publishing does
    rendition = image.get_rendition("format-webp|fill-480x270-c100")
    assert rendition.url.startswith(media_on_s3)
    status, body = fetch(rendition.url)
    assert status == 200
    assert PillowImage.open(io.BytesIO(body)).size == (480, 270)

    index = TopicIndexPageFactory(parent=home_page)
    topic = TopicPageFactory(parent=index, hero_image=image, hero_alt="A police boat in a harbour")
    response = client.get(topic.url)
    picture = BeautifulSoup(response.content, "html.parser").select_one(".hero-image picture")
    urls = [picture.img["src"]] + [
        candidate.split()[0]
        for tag in [picture.img, *picture.find_all("source")]
        for candidate in tag["srcset"].split(",")
    ]
    assert len(urls) >= 4
    assert all(url.startswith(media_on_s3) for url in urls), urls
    status, avif = fetch(next(url for url in urls if url.endswith(".avif")))
    assert status == 200 and b"ftypavif" in avif[:32]
