"""What never leaves the portal in a log line or an error report: email addresses.

Names and statements cannot be recognised in free text, so they are kept out by what
is sent at all (no form bodies, no local variables, no query strings); addresses can be,
and are replaced wherever they appear, also URL-encoded (`%40`) or JSON-escaped.
"""

import re

EMAIL = re.compile(r"[\w.+-][\w.+'-]*(?:@|%40|\\u0040)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
REDACTED = "[email]"


def redact(text):
    return EMAIL.sub(REDACTED, text) if isinstance(text, str) else text


def redact_all(value):
    """`redact` on every string inside dicts, lists and tuples."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: redact_all(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_all(item) for item in value]
    return value
