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
