"""The country names of every public form: the active language's names, in that language's order."""

from django.utils import translation

from turnbackcrime.countries import country_choices


def test_every_country_by_its_name_in_the_active_language_case_left_aside():
    with translation.override("fr"):
        choices = country_choices()
    names = [name for _, name in choices]
    assert len(choices) >= 249
    assert dict(choices)["DE"] == "Allemagne"
    assert names == sorted(names, key=str.casefold)


def test_only_the_codes_asked_for_and_unknown_codes_left_out():
    with translation.override("ar"):
        choices = country_choices(["NZ", "XX", "EG", "FR"])
    assert [code for code, _ in choices] == ["FR", "EG", "NZ"]  # فرنسا, مصر, نيوزيلندا
    assert dict(choices)["EG"] == "مصر"
