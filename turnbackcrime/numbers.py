"""Whole numbers written as each language writes them (counts, goals), without Babel.

Django's own formats disagree with the Unicode CLDR, which browsers and phones follow
(`Intl.NumberFormat`): Django writes French groups with a no-break space where CLDR has a
narrow one, groups Spanish four-digit numbers ("1.234", CLDR: "1234") and leaves Arabic
ungrouped, or with a dot under USE_THOUSAND_SEPARATOR, which an Arabic reader takes for a
decimal point. We follow CLDR for the language codes the site serves, checked against
Chromium's `Intl.NumberFormat`:

    en 12,345   fr 12 345 (U+202F)   es 1234 and 12.345   ar 12,345

Arabic: CLDR's `ar` writes Western digits (0-9) with a comma; Eastern Arabic digits
(١٢٬٣٤٥) belong to regional variants (ar-EG, ar-SA…). The site serves plain `ar`, and its
dates ("يوليو 2014") already use Western digits, so counts do too. A language missing here
is written the English way.
"""

from django.utils.translation import get_language

# language: (group separator, minimum digits before grouping starts)
GROUPING = {
    "en": (",", 4),
    "fr": ("\u202f", 4),
    "es": (".", 5),
    "ar": (",", 4),
}


def format_count(value, language=None):
    """`value` as an integer, grouped in threes the way `language` (default: active) does."""
    number = int(value)
    separator, min_digits = GROUPING.get((language or get_language() or "en").split("-")[0], GROUPING["en"])
    digits = str(abs(number))
    if len(digits) >= min_digits:
        head = len(digits) % 3 or 3
        digits = separator.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])
    return f"-{digits}" if number < 0 else digits
