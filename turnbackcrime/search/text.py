"""How search reads text: per-language normalisation shared by the index and the query.

The same function runs on what pages say and on what visitors type, so both sides
meet in one spelling:

- every language: Unicode NFC, case folded;
- Arabic: alef variants (أ إ آ ٱ) become ا, taa marbuta ة becomes ه, alef maqsura ى
  becomes ي, diacritics (tashkeel) and tatweel (ـ) are removed.

`fold` goes further and drops accents (é → e, ç → c): PostgreSQL does that with its
`unaccent` dictionary inside the text-search configurations (migration 0006), so
`fold` serves SQLite, the word list behind "did you mean" and title suggestions.
"""

import re
import unicodedata

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
WORD = re.compile(r"\w+", flags=re.UNICODE)


def normalise(text):
    """NFC, case folded, Arabic spelling variants unified; Arabic words may appear in any language."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    return ARABIC_DIACRITICS.sub("", text).translate(ARABIC_LETTERS)


# The article ال, alone or after a one-letter preposition or conjunction (و ب ف ك ل), on
# words long enough to keep a stem. PostgreSQL's Arabic stemmer treats "مرجان" and
# "المرجان" differently, so both sides lose the article before stemming.
ARABIC_ARTICLE = re.compile(r"(?<!\w)(?:[وبفكل]?ال|لل)(?=\w{3,})")


def without_arabic_article(text):
    return ARABIC_ARTICLE.sub("", text)


def fold(text):
    """`normalise`, then accents removed: what someone typing without accents would write."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def words(text):
    """The words of a text or query, without operators or punctuation that a backend could parse."""
    return WORD.findall(text or "")
