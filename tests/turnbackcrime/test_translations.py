"""The interface is fully translated, and the compiled catalogues match their sources."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
APPS = [
    "turnbackcrime",
    "campaigns",
    "stories",
    "partners",
    "galleries",
    "social",
    "events",
    "national",
    "translations",
    "home",
]
CATALOGUES = [
    (app, lang)
    for app in APPS
    for lang in ("fr", "es", "ar")
    if (ROOT / app / "locale" / lang / "LC_MESSAGES" / "django.po").exists()
]


def _po(app, lang):
    return polib.pofile(str(ROOT / app / "locale" / lang / "LC_MESSAGES" / "django.po"))


def test_every_app_with_templates_has_catalogues():
    for app in APPS:
        if (ROOT / app / "templates").exists():
            for lang in ("fr", "es", "ar"):
                assert (app, lang) in CATALOGUES, f"{app} has no {lang} catalogue: run make messages"


@pytest.mark.parametrize(("app", "lang"), CATALOGUES)
def test_every_interface_string_is_translated(app, lang):
    po = _po(app, lang)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{lang}: untranslated {untranslated}"
    assert not fuzzy, f"{lang}: fuzzy {fuzzy}"


@pytest.mark.parametrize(("app", "lang"), CATALOGUES)
def test_compiled_catalogue_is_up_to_date(app, lang):
    """`make messages` compiles the .mo; a .po edited without compiling fails here."""
    po = _po(app, lang)
    mo = polib.mofile(str(ROOT / app / "locale" / lang / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        msgstr, plural = compiled.get((entry.msgctxt, entry.msgid), (None, None))
        if entry.msgid_plural:
            assert plural == entry.msgstr_plural, f"{lang}: stale plural for {entry.msgid!r}"
        else:
            assert msgstr == entry.msgstr, f"{lang}: stale or missing {entry.msgid!r}"
