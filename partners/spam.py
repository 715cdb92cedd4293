"""Spam and abuse signals for the pledge form: honeypot, signed timing token, per-IP rate limit.

The timing token is checked by its signature and age only (no session), so the
form works when the page comes from a cache: a cached page's token is merely older.
"""

import hashlib
import logging
import time
import uuid

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
TOKEN_SALT = "partners.pledge-form-timing"  # noqa: S105 (a signing namespace, not a secret)


def min_seconds():
    """Faster than this from page to submission, no person filled in the form."""
    return settings.PLEDGE_MIN_SECONDS


def max_token_age():
    """A form open longer than this asks to be sent again (cached pages live less)."""
    return settings.PLEDGE_TOKEN_MAX_AGE


def new_submission_key():
    return str(uuid.uuid4())


def timing_token(submission_key):
    return signing.TimestampSigner(salt=TOKEN_SALT).sign(submission_key)


class TokenExpired(Exception):
    pass


def spam_reason(data, timing_token_value, submission_key):
    """Why a valid submission looks automated, or "" when it does not.

    Raises TokenExpired when the token is genuine but too old: the visitor is
    asked to send the form again rather than being suspected.
    """
    if data.get("homepage"):
        return "honeypot filled"
    signer = signing.TimestampSigner(salt=TOKEN_SALT)
    try:
        value = signer.unsign(timing_token_value or "", max_age=max_token_age())
    except signing.SignatureExpired:
        raise TokenExpired from None
    except signing.BadSignature:
        return "forged or missing timing token"
    if value != submission_key:
        return "timing token from another form"
    signed_at = signing.b62_decode(timing_token_value.rsplit(signer.sep, 2)[-2])
    if time.time() - signed_at < min_seconds():
        return "submitted too fast"
    return ""


def client_ip(request):
    # Behind a proxy, set it to pass the visitor's address as REMOTE_ADDR.
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(request):
    """Count this POST against the visitor's address; True when over the limit.

    Counters live in the `ratelimit` cache (Redis in production), so every worker process
    shares them; they expire with their window. When the counters cannot be read (Redis
    down) the limit fails OPEN: the pledge goes through. A lost real pledge is worse than a
    few more submissions for moderators, and the honeypot and timing token still mark
    automated ones as spam; the outage is logged.
    """
    limit = settings.PLEDGE_RATE_LIMIT
    window = settings.PLEDGE_RATE_WINDOW
    digest = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"partners:pledge-rate:{digest}"
    counters = caches["ratelimit"]
    try:
        counters.add(key, 0, timeout=window)
        try:
            count = counters.incr(key)
        except ValueError:  # expired between add and incr
            counters.set(key, 1, timeout=window)
            count = 1
    except (RedisError, OSError) as error:
        logger.error("Pledge rate limit not checked (counters unavailable): %s", error)
        return False
    return count > limit
