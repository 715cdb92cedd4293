"""AVIF_ENCODER_SPEED: Pillow's AVIF writer encodes at the configured libavif speed."""

import io
import random

from django.conf import settings
from PIL import Image


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
