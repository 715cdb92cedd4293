"""The one helper every listing uses for its GET parameters (turnbackcrime.filters)."""

import pytest
from django import forms
from django.test import RequestFactory
from django.utils import translation

from tests.helpers import LANGUAGES, PAGE_LABEL, PAST_THE_END, left_out
from turnbackcrime.filters import SHOWN_VALUE_MAX, ListingFilters


class ColourForm(forms.Form):
    colour = forms.ChoiceField(label="Colour", required=False, choices=[("", "Any"), ("red", "Red")])
    size = forms.TypedChoiceField(
        label="Size",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any"), ("1", "1"), ("2", "2")],
    )


def listing_for(query, items=range(25), per_page=10):
    request = RequestFactory().get("/listing/", query)
    listing = ListingFilters(request, ColourForm)
    listing.paginate(list(items), per_page)
    return listing, request


def test_good_values_apply_and_nothing_is_said():
    listing, request = listing_for({"colour": "red", "size": "2", "page": "2"})
    assert listing.values == {"colour": "red", "size": 2}
    assert listing.page_obj.number == 2
    assert listing.notice == ""
    assert listing.context()["filter_form"]["colour"].value() == "red"


def test_a_bad_value_is_dropped_the_good_one_kept_and_the_links_forget_it():
    listing, request = listing_for({"colour": "mauve", "size": "2"})
    assert listing.values == {"size": 2}
    assert listing.notice == "This value could not be used and was left out: Colour “mauve”."
    # The form and {% querystring %} (pagination links) read the cleared values.
    assert "colour" not in request.GET and request.GET["size"] == "2"
    assert listing.form["colour"].value() in (None, "")
    assert listing.form["size"].value() == "2"


@pytest.mark.parametrize("bad", ["abc", "0", "-3", "1.5", "\x00", "9" * 50])
def test_a_bad_page_number_gives_the_first_page_past_the_end_the_last(bad):
    listing, _ = listing_for({"page": bad})
    if bad == "9" * 50:
        assert listing.page_obj.number == 3
        assert listing.notice == f"There is no page {'9' * 50}, so this is page 3."
    else:
        assert listing.page_obj.number == 1
        assert listing.notice == left_out("en", PAGE_LABEL, bad[:SHOWN_VALUE_MAX])


def test_an_empty_listing_has_one_empty_page_whatever_the_number():
    listing, _ = listing_for({"page": "7"}, items=[])
    assert listing.page_obj.number == 1
    assert list(listing.page_obj.object_list) == []


def test_a_long_value_is_quoted_back_cut_short():
    listing, _ = listing_for({"colour": "x" * 5000})
    assert "“" + "x" * SHOWN_VALUE_MAX + "”" in listing.notice
    assert "x" * (SHOWN_VALUE_MAX + 1) not in listing.notice


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_notice_in_the_visitors_language(lang):
    with translation.override(lang):
        listing, _ = listing_for({"page": "abc"})
        assert listing.notice == left_out(lang, PAGE_LABEL, "abc")
        listing, _ = listing_for({"page": "12"})
        assert listing.notice == PAST_THE_END[lang].format(number=12, last=3)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "These values could not be used and were left out: Colour “mauve”, Page “abc”."),
        (
            "fr",
            "Ces valeurs n'ont pas pu être utilisées et ont été ignorées : Colour « mauve », Page « abc ».",
        ),
        ("es", "Estos valores no se pudieron usar y se han omitido: Colour «mauve», Página «abc»."),
        # Two values: Arabic's dual, and its own comma.
        ("ar", "تعذّر استخدام هاتين القيمتين فتم تجاهلهما: Colour «mauve»، الصفحة «abc»."),
    ],
)
def test_several_dropped_values_make_one_sentence(lang, expected):
    with translation.override(lang):
        listing, _ = listing_for({"colour": "mauve", "page": "abc"})
        assert listing.notice == expected


def test_a_bad_value_and_a_page_past_the_end_make_one_notice():
    listing, _ = listing_for({"colour": "mauve", "page": "40"})
    assert listing.notice == (
        "This value could not be used and was left out: Colour “mauve”. There is no page 40, so this is page 3."
    )
