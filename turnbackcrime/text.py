"""Rules for text typed by the public: what a single line, a visible name and a safe subject are.

Django's CharField already refuses NUL; these refuse what still breaks things further on:
line breaks in a value that ends up in an email header (BadHeaderError), names made only
of invisible characters, and bidi overrides that make a name read as something else.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Explicit embeddings, overrides and isolates (LRE…RLO, LRI…PDI). The marks LRM/RLM stay allowed:
# they only nudge neutral characters and are typed legitimately around Arabic text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = frozenset("\u2028\u2029\x85")
# Letters that render as nothing (Hangul fillers, braille blank, Mongolian vowel separator…).
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u17b4\u17b5")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn", "Cs", "Mn", "Me"})


def is_visible(char):
    return (
        not char.isspace()
        and char not in BLANK_LETTERS
        and unicodedata.category(char) not in INVISIBLE_CATEGORIES
    )


def _breaks_line(char):
    return unicodedata.category(char) == "Cc" or char in LINE_SEPARATORS


def one_line(text):
    """`text` on one line: every control character and line or paragraph separator becomes a space."""
    cleaned = "".join(
        " " if unicodedata.category(c) == "Cc" or c in LINE_SEPARATORS else c for c in str(text)
    )
    return " ".join(cleaned.split())


@deconstructible
class SingleLineValidator:
    """No control characters (tabs and line breaks included) and no line or paragraph separators."""

    message = _("Please keep this on one line, without line breaks or control characters.")
    code = "single_line"

    def __call__(self, value):
        if any(_breaks_line(c) for c in str(value)):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, SingleLineValidator)


@deconstructible
class MultiLineValidator:
    """Line breaks and tabs allowed; other control characters and separators are not."""

    message = _("Please remove the control characters from this text.")
    code = "control_characters"

    def __call__(self, value):
        if any(
            (unicodedata.category(c) == "Cc" and c not in "\n\r\t") or c in LINE_SEPARATORS
            for c in str(value)
        ):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, MultiLineValidator)


@deconstructible
class VisibleTextValidator:
    """At least one character that shows: a name of spaces or zero-width characters is no name."""

    message = _("Please write something visible here: it has only spaces or invisible characters.")
    code = "invisible"

    def __call__(self, value):
        if value and not any(is_visible(c) for c in str(value)):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, VisibleTextValidator)


@deconstructible
class NoBidiOverrideValidator:
    """No bidi embeddings, overrides or isolates: they can make a name display as another."""

    message = _("Please remove the hidden text-direction characters from this text.")
    code = "bidi_override"

    def __call__(self, value):
        if any(c in BIDI_CONTROLS for c in str(value)):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, NoBidiOverrideValidator)


def public_name_validators():
    return [SingleLineValidator(), VisibleTextValidator(), NoBidiOverrideValidator()]


def public_text_validators():
    return [MultiLineValidator(), VisibleTextValidator(), NoBidiOverrideValidator()]


# Links visitors may give: web pages only (no ftp:, no javascript:, no data:).
web_url_validator = URLValidator(schemes=["http", "https"])
