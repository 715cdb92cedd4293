"""Every page is served per language, with lang/dir, alternates and a switcher to the same page."""

import re

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from tests.factories import PlainPageFactory

LANGS = ["en", "fr", "es", "ar"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("ar,en;q=0.5", "/ar/"), ("fr-CA,fr;q=0.9", "/fr/"), ("es", "/es/"), ("de", "/en/"), (None, "/en/")],
)
def test_root_redirects_to_visitor_language(client, home_page, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_in_each_language(client, home_page, lang, assert_valid_html):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    html = soup.find("html")
    assert html["lang"] == lang
    assert html["dir"] == ("rtl" if lang == "ar" else "ltr")
    with translation.override(lang):
        assert soup.find("h1").get_text(strip=True) == home_page.title
    # hreflang alternates: every language plus x-default, absolute URLs.
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert set(alternates) == {*LANGS, "x-default"}
    assert alternates["fr"] == "http://testserver/fr/"
    # Shell: skip link to the main landmark.
    assert soup.select_one("a.skip-link")["href"] == "#main-content"
    assert soup.select_one("main#main-content") is not None
    assert_valid_html(response, f"home page ({lang})")


def test_untranslated_field_falls_back_to_english_marked(client, home_page):
    home_page.intro_es = ""
    home_page.save_revision().publish()
    soup = BeautifulSoup(client.get("/es/").content, "html.parser")
    intro = soup.select_one(".hero__intro")
    assert intro.get_text(strip=True) == home_page.intro_en
    assert intro["lang"] == "en"
    # Translated text carries no lang override.
    assert not soup.find("h1").has_attr("lang")


def test_switcher_links_to_same_page_translated_slug(home_page):
    child = PlainPageFactory(
        parent=home_page,
        title="About",
        slug_en="about",
        slug_fr="a-propos",
        slug_es="acerca",
        slug_ar="about-ar",
    )
    request = RequestFactory().get("/en/about/")
    loop = "{% for l in links %}{{ l.code }}={{ l.url }};{% endfor %}"
    template = Template("{% load site_tags %}{% language_links as links %}" + loop)
    with translation.override("en"):
        out = template.render(Context({"request": request, "page": child}))
    assert out == "en=/en/about/;fr=/fr/a-propos/;es=/es/acerca/;ar=/ar/about-ar/;"


def test_switcher_on_home_page_marks_current(client, home_page):
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    links = soup.select(".language-switcher a")
    assert [a["href"] for a in links] == ["/en/", "/fr/", "/es/", "/ar/"]
    current = [a for a in links if a.get("aria-current")]
    assert [a["lang"] for a in current] == ["fr"]
    arabic = [a for a in links if a["lang"] == "ar"][0]
    assert arabic["dir"] == "rtl"


@pytest.mark.parametrize("lang", LANGS)
def test_404_in_visitor_language(client, home_page, lang, assert_valid_html):
    response = client.get(f"/{lang}/this-page-does-not-exist/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("html")["lang"] == lang
    with translation.override(lang):
        expected = translation.gettext("Page not found")
    assert soup.find("h1").get_text(strip=True) == expected
    if lang != "en":
        assert expected != "Page not found", "the 404 heading is not translated"
    assert_valid_html(response, f"404 ({lang})")


@pytest.mark.parametrize("lang", LANGS)
def test_500_in_visitor_language_without_database(lang, assert_valid_html):
    """No database mark: any query the handler made would raise here."""
    from turnbackcrime.views import server_error

    request = RequestFactory().get(f"/{lang}/")
    with translation.override(lang):
        response = server_error(request)
        expected = translation.gettext("Something went wrong")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'lang="{lang}"' in html
    assert re.search(r'dir="rtl"', html) if lang == "ar" else 'dir="ltr"' in html
    assert expected in html
    assert_valid_html(html, f"500 ({lang})")
