"""The interface is fully translated, and the compiled catalogues match their sources."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent.parent / "locale"


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_interface_string_is_translated(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{lang}: untranslated {untranslated}"
    assert not fuzzy, f"{lang}: fuzzy {fuzzy}"


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_compiled_catalogue_is_up_to_date(lang):
    """`make messages` compiles the .mo; a .po edited without compiling fails here."""
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        msgstr, plural = compiled.get((entry.msgctxt, entry.msgid), (None, None))
        if entry.msgid_plural:
            assert plural == entry.msgstr_plural, f"{lang}: stale plural for {entry.msgid!r}"
        else:
            assert msgstr == entry.msgstr, f"{lang}: stale or missing {entry.msgid!r}"
