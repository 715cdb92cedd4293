"""QuickSelect writes exactly the markup Django's Select templates write."""

import pytest
from django import forms
from django.utils import translation
from django_countries import countries

from turnbackcrime.widgets import QuickSelect

CHOICES = [("", "Choose <one>"), *countries, ("Group & co", [("a", 'A "quoted"'), ("b", "B")])]


@pytest.mark.parametrize("value", ["", "FR", "a", "<script>"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_same_html_as_django_select(value, lang):
    attrs = {"id": "id_country", "aria-describedby": "x y", "required": True, "disabled": False}
    with translation.override(lang):
        expected = forms.Select(choices=CHOICES).render("country", value, attrs=attrs)
        assert QuickSelect(choices=CHOICES).render("country", value, attrs=attrs) == expected


def country_choices():
    return [("", "Choose <one>"), *countries, ("FR", "France again")]


@pytest.mark.parametrize("value", [None, "", "FR", "NZ", "<script>", ["NZ", "FR"], ["x", "AF"]])
@pytest.mark.parametrize("lang", ["en", "ar", "fr"])
def test_options_written_once_per_language_are_the_same_html(value, lang):
    """The per-language cache (choices from a function) marks the same option selected as Django."""
    attrs = {"id": "id_country", "aria-describedby": "x y", "required": True}
    with translation.override(lang):
        expected = forms.ChoiceField(choices=country_choices).widget.render("country", value, attrs=attrs)
        quick = forms.ChoiceField(choices=country_choices, widget=QuickSelect(per_language=True)).widget
        first = quick.render("country", value, attrs=attrs)
        assert first == expected
        assert quick.render("country", value, attrs=attrs) == expected  # from the cache
    assert (country_choices, lang) in QuickSelect._options_by_language


@pytest.mark.parametrize("choices", [country_choices, lambda: [("x", "X"), ("", "None")]])
def test_required_attribute_as_django_decides_it(choices):
    quick = forms.ChoiceField(choices=choices, widget=QuickSelect(per_language=True)).widget
    django_select = forms.ChoiceField(choices=choices).widget
    assert quick.use_required_attribute(None) == django_select.use_required_attribute(None)
