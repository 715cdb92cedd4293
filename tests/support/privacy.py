"""Asserting that a pledger's data appears nowhere in a text (a log, an error report)."""

import json
import urllib.parse


def assert_nothing_of(pledger, words, text):
    """No value of `pledger` (a dict of its fields) in `text`, as typed, URL-encoded or
    JSON-escaped, and none of `words` (parts of the name, the statement's odd word) in any case."""
    for value in pledger.values():
        for form in (
            value,
            urllib.parse.quote(value),
            urllib.parse.quote_plus(value),
            json.dumps(value)[1:-1],
        ):
            assert form not in text, value
    for word in words:
        assert word.lower() not in text.lower(), word
