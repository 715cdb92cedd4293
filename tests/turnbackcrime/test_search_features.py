"""Search per language: normalisation, other-language matches, synonyms, "did you mean",
suggestions (cached: no SQL on a hit), a fixed number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from tests.factories import TopicPageFactory
from tests.helpers import count_queries
from tests.turnbackcrime.test_search import results
from turnbackcrime.search.models import SearchEntry, SearchSynonyms, SearchWord
from turnbackcrime.search.text import fold, normalise


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("أمن", "امن"),
        ("إدارة", "اداره"),
        ("آمنًا", "امنا"),
        ("مستشفى", "مستشفي"),
        ("الجَرِيمَة", "الجريمه"),
        ("الإنـــترنت", "الانترنت"),
        ("Contrefaçon", "contrefaçon"),
    ],
)
def test_normalise_unifies_arabic_spelling_and_case(typed, normalised):
    assert normalise(typed) == normalised


def test_fold_removes_accents_too():
    assert fold("Crímenes CONTREFAÇON médicaments") == "crimenes contrefacon medicaments"


@pytest.mark.django_db
def test_publishing_and_unpublishing_update_the_index(topics):
    coral = topics["coral"]
    assert set(SearchEntry.objects.filter(page=coral).values_list("language", flat=True)) == {
        "en",
        "fr",
        "ar",
    }
    assert SearchWord.objects.filter(language="en", word="coral").exists()
    coral.unpublish()
    assert not SearchEntry.objects.filter(page=coral).exists()
    # An unpublished page's words are never suggested.
    assert not SearchWord.objects.filter(language="en", word="coral").exists()
    fakes, fakes_id = topics["fakes"], topics["fakes"].pk
    assert SearchWord.objects.filter(language="en", word="handbag").exists()
    fakes.delete()
    assert not SearchEntry.objects.filter(page_id=fakes_id).exists()
    assert not SearchWord.objects.filter(language="en", word="handbag").exists()


@pytest.mark.django_db
def test_visitor_language_first_then_other_languages_marked(client, topics, assert_valid_html):
    TopicPageFactory(
        parent=topics["index"], title_en="Reefs", title_fr="Le coral des récifs", slug_en="reefs"
    )
    titles, soup, response = results(client, "/fr/search/?q=coral")
    assert titles == ["Le coral des récifs", "Réduire l’impact sur l’environnement"]
    assert_valid_html(response, "search results in two languages")
    first, second = soup.select(".search-result")
    assert first.select_one(".search-result__language") is None
    label = second.select_one(".search-result__language")
    assert label.get_text(" ", strip=True) == "Langue : English"
    assert label.select_one("span")["lang"] == "en"
    excerpt = second.select_one("p[lang]")
    assert excerpt["lang"] == "en" and excerpt.select_one("mark").get_text() == "coral"


@pytest.mark.django_db
def test_accents_plurals_and_arabic_variants(client, topics):
    assert results(client, "/fr/search/?q=contrefacon")[0] == ["Trafic de produits illicites et contrefaçon"]
    assert results(client, "/ar/search/?q=مرجان")[0] == ["الحدّ من الأثر على البيئة"]
    assert results(client, "/ar/search/?q=التذكاراتُ")[0] == ["الحدّ من الأثر على البيئة"]


@pytest.mark.django_db
def test_synonyms_editors_add_apply_to_queries(client, topics):
    assert results(client, "/en/search/?q=knock-off handbag")[0] == []
    SearchSynonyms.objects.create(language="en", terms="fake, counterfeit, knock-off")
    assert results(client, "/en/search/?q=knock-off handbag")[0] == [
        "Trafficking in illicit goods and counterfeiting"
    ]
    # Another language's synonyms apply to that language's text only.
    SearchSynonyms.objects.create(language="fr", terms="imitation, faux")
    assert results(client, "/fr/search/?q=imitation sac")[0] == [
        "Trafic de produits illicites et contrefaçon"
    ]
    assert results(client, "/en/search/?q=imitation handbag")[0] == []


def test_synonyms_need_two_terms():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        SearchSynonyms(language="ar", terms="مزيف،").clean()
    assert SearchSynonyms(language="ar", terms="مزيف، مقلد").term_list() == ["مزيف", "مقلد"]


@pytest.mark.django_db
def test_did_you_mean_is_one_click_away(client, topics, assert_valid_html):
    titles, soup, response = results(client, "/en/search/?q=corla souvenirs")
    assert_valid_html(response, "did you mean")
    assert titles == []
    link = soup.select_one(".search-suggestion a")
    assert link.get_text() == "coral souvenirs"
    assert link["href"] == "?q=coral%20souvenirs"
    assert results(client, f"/en/search/{link['href']}")[0] == ["Reduce the impact on the environment"]
    # Nothing close: no suggestion.
    assert results(client, "/en/search/?q=qqqqzzzz")[1].select_one(".search-suggestion") is None


@pytest.mark.django_db
def test_search_makes_the_same_number_of_queries_for_few_and_many_results(client, topics):
    TopicPageFactory(parent=topics["index"], title_en="Zorblax pill", summary_en="Zorblax.")
    few = count_queries(client, "/en/search/?q=zorblax")
    for i in range(15):
        TopicPageFactory(parent=topics["index"], title_en=f"Zorblax pill {i}", summary_en="Zorblax.")
    many = count_queries(client, "/en/search/?q=zorblax")
    assert few == many, few.diff(many)
    assert few <= 20


@pytest.mark.django_db
def test_suggestions_are_titles_cached_and_cost_no_query_when_cached(
    client, topics, django_assert_num_queries
):
    response = client.get("/fr/search/suggest/", {"q": "Corai"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    assert response.json()["suggestions"] == []  # no French title has a word starting "corai"
    response = client.get("/fr/search/suggest/", {"q": "tra"})
    with translation.override("fr"):
        url = topics["fakes"].get_url()
    assert response.json()["suggestions"] == [
        {"title": "Trafic de produits illicites et contrefaçon", "url": url, "lang": "fr"}
    ]
    with django_assert_num_queries(0):
        cached = client.get("/fr/search/suggest/", {"q": "TRA"})
    assert cached.json()["suggestions"] == response.json()["suggestions"]
    # Publishing starts a new generation: the next answer sees the new page.
    TopicPageFactory(parent=topics["index"], title_en="Trade", title_fr="Traçabilité", slug_en="trace")
    titles = [s["title"] for s in client.get("/fr/search/suggest/", {"q": "tra"}).json()["suggestions"]]
    assert titles == ["Traçabilité", "Trafic de produits illicites et contrefaçon"]  # alphabetical, folded


@pytest.mark.django_db
def test_hostile_or_short_suggestion_queries(client, home_page):
    for query in ["", "ab", "x" * 5000, "'; DROP TABLE x; --", "%_%", "\x00\x00\x00", "a & b | !c", "تـ"]:
        response = client.get("/ar/search/suggest/", {"q": query})
        assert response.status_code == 200, query
        assert response.json()["suggestions"] == [], query


@pytest.mark.django_db
def test_header_box_is_a_plain_search_form(client, topics):
    soup = BeautifulSoup(client.get("/ar/search/").content, "html.parser")
    form = soup.select_one("form.site-search")
    assert form["method"] == "get" and form["action"] == "/ar/search/"
    assert form.select_one("input#site-search-q")["name"] == "q"
    assert form.select_one("button[type=submit]") is not None
    assert form.select_one("#site-search-listbox[role=listbox][hidden]") is not None
    assert soup.find("script", src="/static/js/search-suggest.js") is not None
    assert not [s for s in soup.find_all("script") if not s.get("src")]


@pytest.mark.django_db
def test_rebuild_command(topics):
    from django.core.management import call_command

    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.filter(page=topics["coral"], language="ar").exists()


@pytest.mark.django_db
def test_editors_add_synonyms_in_the_admin(admin_client):
    from django.urls import reverse

    add = reverse("wagtailsnippets_turnbackcrime_searchsynonyms:add")
    assert admin_client.get(reverse("wagtailsnippets_turnbackcrime_searchsynonyms:list")).status_code == 200
    refused = admin_client.post(add, {"language": "fr", "terms": "faux"})
    assert refused.status_code == 200 and not SearchSynonyms.objects.exists()
    admin_client.post(add, {"language": "fr", "terms": "faux, contrefaçon, contrefait"})
    assert SearchSynonyms.objects.get().term_list() == ["faux", "contrefaçon", "contrefait"]
