"""AVIF_ENCODER_SPEED: Pillow's AVIF writer encodes at the configured libavif speed."""

import io
import random

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

from turnbackcrime.settings.base import avif_encoder_speed


def photo():
    """Noise, so that libavif's speeds give different files (a flat colour gives the same)."""
    rng = random.Random(7)  # noqa: S311 (test pixels, not secrets)
    return Image.frombytes("RGB", (96, 64), bytes(rng.randrange(256) for _ in range(96 * 64 * 3)))


def encode(**params):
    out = io.BytesIO()
    photo().save(out, "AVIF", quality=80, **params)
    return out.getvalue()


def test_avif_is_encoded_at_the_configured_speed():
    assert settings.AVIF_ENCODER_SPEED == 8
    written = encode()
    assert written == encode(speed=8)
    assert written != encode(speed=6)  # Pillow's own default: what production does unless set
    assert Image.open(io.BytesIO(written)).format == "AVIF"


def test_a_callers_own_speed_wins():
    assert encode(speed=4) != encode()


def test_the_variable_is_read_and_a_bad_value_stops_the_start_with_a_message():
    assert avif_encoder_speed({}) is None
    assert avif_encoder_speed({"AVIF_ENCODER_SPEED": ""}) is None
    assert avif_encoder_speed({"AVIF_ENCODER_SPEED": " 9 "}) == 9
    assert avif_encoder_speed({"AVIF_ENCODER_SPEED": "0"}) == 0
    for bad in ("11", "-1", "fast", "6.5"):
        with pytest.raises(ImproperlyConfigured, match="from 0 to 10"):
            avif_encoder_speed({"AVIF_ENCODER_SPEED": bad})
