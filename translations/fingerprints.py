"""Fingerprints of the words in a field: formatting and whitespace changes keep the same one."""

import hashlib

from .content import plain_text


def fingerprint(text):
    """ "" for no text, else a short digest of the normalised text."""
    if not text:
        return ""
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def field_fingerprint(obj, name, language):
    return fingerprint(plain_text(obj, name, language))
