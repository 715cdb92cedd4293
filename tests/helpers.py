"""Assertion helpers shared by the test modules."""

import difflib

from django.db import connection
from django.test.utils import CaptureQueriesContext


class QueryCount(int):
    """A number of SQL queries that remembers them, so a failing comparison can show the difference."""

    def __new__(cls, queries):
        count = super().__new__(cls, len(queries))
        count.queries = [q["sql"] for q in queries]
        return count

    def diff(self, other):
        return "\n".join(
            difflib.unified_diff(
                [q[-300:] for q in self.queries], [q[-300:] for q in other.queries], lineterm="", n=0
            )
        )


def count_queries(client, url, **headers):
    """SQL queries made to serve `url`, after two warm-up requests.

    The warm-up fills per-process caches (site root paths, settings) so that
    two counts taken with different amounts of content compare like for like.
    Two: the first may make renditions (the test settings make them on request),
    and a new rendition retires the fragments and values kept per content version
    (turnbackcrime.fragments); the second fills them as a running server has them.
    """
    for _ in range(2):
        warm = client.get(url, headers=headers)
        assert warm.status_code == 200, f"{url} answered {warm.status_code}"
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return QueryCount(captured.captured_queries)


def assert_same_queries(small, large, what="page"):
    assert small == large, (
        f"{what}: {small} queries with little content, {large} with much:\n{small.diff(large)}"
    )


def notice_text(response):
    """The text of a listing's notice (what it left out of the request), "" when it has none."""
    from bs4 import BeautifulSoup

    found = BeautifulSoup(response.content, "html.parser").select_one(".notice")
    return found.get_text(" ", strip=True) if found else ""


# What turnbackcrime.filters says, in each language, when one value was left
# out or the page number was past the end: the tests compare whole sentences so
# an untranslated or mistranslated notice fails.
LEFT_OUT_ONE = {
    "en": "This value could not be used and was left out: {label} “{value}”.",
    "fr": "Cette valeur n'a pas pu être utilisée et a été ignorée : {label} « {value} ».",
    "es": "Este valor no se pudo usar y se ha omitido: {label} «{value}».",
    "ar": "تعذّر استخدام هذه القيمة فتم تجاهلها: {label} «{value}».",
}
PAST_THE_END = {
    "en": "There is no page {number}, so this is page {last}.",
    "fr": "Il n'y a pas de page {number} : voici la page {last}.",
    "es": "No existe la página {number}, así que se muestra la página {last}.",
    "ar": "لا توجد صفحة رقم {number}، لذا تُعرض الصفحة {last}.",
}
PAGE_LABEL = {"en": "Page", "fr": "Page", "es": "Página", "ar": "الصفحة"}
COUNTRY_LABEL = {"en": "Country", "fr": "Pays", "es": "País", "ar": "البلد"}
THEME_LABEL = {"en": "Crime theme", "fr": "Thème", "es": "Tema", "ar": "نوع الجريمة"}
LANGUAGES = ("en", "fr", "es", "ar")


def left_out(lang, labels, value):
    return LEFT_OUT_ONE[lang].format(label=labels[lang], value=value)
