"""Relevance you can see: each query of search_relevance.yaml finds its page in the top 3.

Runs through the search page as a visitor does, on the demo content (indexed once, when
the demo snapshot is built). A query marked `typo` finds nothing as typed: its page must
be among the results of the "did you mean" link. Prints the mean reciprocal rank.
"""

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import translation
from wagtail.models import Page

FIXTURE = Path(__file__).with_name("search_relevance.yaml")
TOP = 3


def result_paths(client, lang, query):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select(".search-result h2 a")], soup


def test_relevance_fixture(demo_content, client, capsys):
    fixture = yaml.safe_load(FIXTURE.read_text())
    assert {lang: len(items) >= 10 for lang, items in fixture.items()} == dict.fromkeys(
        ["en", "fr", "es", "ar"], True
    )
    pages = {page.slug_en: page for page in Page.objects.live().specific()}
    reciprocal, misses = [], []
    for lang, items in fixture.items():
        with translation.override(lang):
            urls = {slug: page.get_url() for slug, page in pages.items()}
        for item in items:
            expected = urls[item["page"]]
            found, soup = result_paths(client, lang, item["q"])
            if item.get("typo"):
                assert found == [], f"{item['q']!r} was meant as a typo that matches nothing"
                link = soup.select_one(".search-suggestion a")
                assert link is not None, f"no 'did you mean' for {item['q']!r} in {lang}"
                found, _ = result_paths(client, lang, link.get_text())
            rank = found.index(expected) + 1 if expected in found else None
            reciprocal.append(1 / rank if rank else 0)
            if rank is None or rank > TOP:
                misses.append(f"{lang} {item['q']!r}: {item['page']} at {rank}, got {found[:TOP]}")
    mrr = sum(reciprocal) / len(reciprocal)
    with capsys.disabled():
        print(
            f"\nsearch relevance: {len(reciprocal)} queries, mean reciprocal rank {mrr:.3f} ({connection.vendor})"
        )
    assert misses == []
    if connection.vendor == "postgresql":
        assert mrr >= 0.9


@pytest.mark.parametrize(
    ("lang", "typed", "correct"),
    [("ar", "جريمة", "الجريمة"), ("es", "crímenes", "crimen"), ("fr", "contrefacon", "contrefaçon")],
)
def test_the_issues_three_queries_find_what_their_correct_forms_find(
    demo_content, client, lang, typed, correct
):
    found, _ = result_paths(client, lang, typed)
    expected, _ = result_paths(client, lang, correct)
    assert expected
    assert set(found) == set(expected)
