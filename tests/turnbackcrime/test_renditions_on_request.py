"""RENDITIONS_ON_REQUEST: off, serving leaves out a picture not yet rendered; on, it makes it."""

import pytest
from django.template import Context, Template
from wagtail.images.models import Rendition

from turnbackcrime.demo.helpers import placeholder_image
from turnbackcrime.images import prerender

PICTURE = Template('{% load image_tags %}{% responsive_picture image "card" alt="A stand-in" %}')
READY = Template(
    '{% load image_tags %}{% if image|renditions_ready:"format-{webp,png} max-120x60" %}yes{% endif %}'
)


@pytest.fixture
def image(db):
    return placeholder_image("Renditions test image", width=64, height=36)


def test_off_a_missing_rendition_is_left_out_and_not_made(settings, image):
    settings.RENDITIONS_ON_REQUEST = False
    assert PICTURE.render(Context({"image": image})) == ""
    assert READY.render(Context({"image": image})) == ""
    assert not Rendition.objects.filter(image=image).exists()


def test_off_a_prerendered_picture_is_shown(settings, image):
    settings.RENDITIONS_ON_REQUEST = False
    prerender(image, "card")
    made = Rendition.objects.filter(image=image).count()
    html = PICTURE.render(Context({"image": image}))
    assert "<picture>" in html and 'alt="A stand-in"' in html
    assert Rendition.objects.filter(image=image).count() == made


def test_on_a_missing_rendition_is_made_while_serving(settings, image):
    settings.RENDITIONS_ON_REQUEST = True
    assert "<picture>" in PICTURE.render(Context({"image": image}))
    assert READY.render(Context({"image": image})) == "yes"
    assert Rendition.objects.filter(image=image).count() > 0
