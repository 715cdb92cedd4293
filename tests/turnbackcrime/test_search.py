"""Site search: per language, promotions, hostile input, empty states."""

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import TopicPageFactory


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".search-result h2 a")], soup, response


@pytest.mark.django_db
def test_search_in_english(client, topics, assert_valid_html):
    titles, soup, response = results(client, "/en/search/?q=coral")
    assert titles == ["Reduce the impact on the environment"]
    assert soup.select_one(".search-result mark").get_text() == "coral"
    assert_valid_html(response, "search results")


@pytest.mark.django_db
def test_search_in_french_shows_french(client, topics):
    titles, soup, _ = results(client, "/fr/search/?q=corail")
    assert titles == ["Réduire l’impact sur l’environnement"]
    assert soup.find("html")["lang"] == "fr"


@pytest.mark.django_db
def test_search_in_arabic(client, topics):
    titles, soup, _ = results(client, "/ar/search/?q=المرجان")
    assert titles == ["الحدّ من الأثر على البيئة"]
    assert soup.find("html")["dir"] == "rtl"


@pytest.mark.django_db
def test_untranslated_result_is_marked_english(client, topics):
    titles, soup, _ = results(client, "/es/search/?q=handbag")
    assert titles == ["Trafficking in illicit goods and counterfeiting"]
    assert soup.select_one(".search-result h2 a")["lang"] == "en"


@pytest.mark.django_db
def test_editors_promotions_come_first(client, topics):
    SearchPromotion.objects.create(
        query=Query.get("coral"), page=topics["fakes"], sort_order=0, description="Start here."
    )
    titles, soup, _ = results(client, "/en/search/?q=coral")
    assert titles == [
        "Trafficking in illicit goods and counterfeiting",
        "Reduce the impact on the environment",
    ]
    assert "Start here." in soup.select_one(".search-result--promoted").get_text()


@pytest.mark.django_db
def test_drafts_are_not_found(client, topics):
    topics["coral"].unpublish()
    titles, soup, _ = results(client, "/en/search/?q=coral")
    assert titles == []
    assert soup.select_one(".empty-state") is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "'; DROP TABLE wagtailcore_page; --",
        '"><script>alert(1)</script>',
        "%00\x00null",
        "😀 café 東京 مرجان",
        "OR 1=1 AND",
        "a & b | c ! d ( e",
    ],
)
def test_hostile_queries_get_a_clear_page(client, topics, query, assert_valid_html):
    response = client.get("/en/search/", {"q": query, "page": "99999"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".empty-state, .search-results") is not None
    if len(query) > 200:
        assert soup.select_one(".notice") is not None
    assert_valid_html(response, f"search for {query[:20]!r}")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "   "}, {"q": "coral", "page": "abc"}, {"page": "-4"}]
)
def test_empty_or_odd_parameters(client, topics, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_is_paginated(client, topics):
    # A made-up word: no stemming (PostgreSQL) can match it to other pages.
    for i in range(23):
        TopicPageFactory(
            parent=topics["index"], title_en=f"Zorblax medicine {i}", summary_en="Zorblax pills."
        )
    first, soup, _ = results(client, "/en/search/?q=zorblax")
    assert len(first) == 10
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?q=zorblax&page=2"
    third, _, _ = results(client, "/en/search/?q=zorblax&page=3")
    assert len(third) == 3


@pytest.mark.django_db
def test_an_anonymous_search_writes_no_row(client, home_page):
    """Issue #12: every distinct query used to create a search_promotions Query row."""

    for word in ("alpha", "beta", "gamma"):
        assert client.get(f"/en/search/?q={word}").status_code == 200
    assert Query.objects.count() == 0
