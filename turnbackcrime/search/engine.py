"""Matching, ranking, "did you mean" and title suggestions over the per-language index.

PostgreSQL: each language's entries carry a tsvector made with that language's
configuration (`tbc_english`, `tbc_french`, `tbc_spanish`: unaccent then the Snowball
stemmer; `tbc_arabic`: the Arabic stemmer over text normalised by `text.normalise`).
Words are stemmed twice (`tbc_restem`, on the index and on the query alike), so a
stemmer's uneven results for one word's forms meet: Spanish "crimen" → "crim" but
"crímenes" → "crimen" → "crim". A query's words are ANDed; each word is an OR of
itself and its synonyms in that language. Entries in the visitor's language rank
first (ts_rank, titles weigh more), then the other languages.

SQLite (`make run` without PostgreSQL): the folded text is matched with LIKE,
plurals and the Arabic article trimmed; the visitor's language and title matches first.
"""

import difflib

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, ExpressionWrapper, IntegerField, Q, Value, When
from django.db.models.functions import Length

from .models import SearchEntry, SearchSynonyms, SearchWord
from .text import fold, normalise, without_arabic_article, words

CONFIGS = {"en": "tbc_english", "fr": "tbc_french", "es": "tbc_spanish", "ar": "tbc_arabic"}
MAX_TERMS = 12
GENERATION_KEY = "search:generation"
SUGGEST_MIN = 3
TRIGRAM_MIN = 0.3


# The index's generation: bumped on every index change, part of every cached answer's key.
def generation():
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            value = 1
            cache.add(GENERATION_KEY, value, None)
        return value
    except Exception:  # noqa: BLE001 (the cache being down must not break search)
        return None


def bump_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, 2, None)
    except Exception:  # noqa: BLE001, S110 (nothing cached can be served without the cache either)
        pass


def for_config(language, text):
    """Text as the language's configuration reads it (already through `text.normalise`)."""
    return without_arabic_article(text) if language == "ar" else text


def write_vectors(rows):
    """rows: (entry id, language, normalised title, normalised body). PostgreSQL only."""
    sql = (
        "UPDATE turnbackcrime_searchentry SET vector ="
        " setweight(to_tsvector(%s::regconfig, tbc_restem(%s::regconfig, %s)), 'A')"
        " || setweight(to_tsvector(%s::regconfig, tbc_restem(%s::regconfig, %s)), 'B')"
        " WHERE id = %s"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                (
                    CONFIGS[lang],
                    CONFIGS[lang],
                    for_config(lang, title),
                    CONFIGS[lang],
                    CONFIGS[lang],
                    for_config(lang, body),
                    pk,
                )
                for pk, lang, title, body in rows
            ],
        )


def synonym_sets():
    """{language: [[phrase words…], …] per synonym set}: one query."""
    sets = {}
    for item in SearchSynonyms.objects.all():
        phrases = [tuple(words(fold(term))) for term in item.term_list()]
        sets.setdefault(item.language, []).append([p for p in phrases if p])
    return sets


def expand(query_words, sets):
    """The query as AND groups of OR'ed phrases: a synonym (one word or several) becomes its whole set."""
    groups, i = [], 0
    folded = [fold(word) for word in query_words]
    while i < len(query_words):
        best = None
        for phrases in sets:
            for phrase in phrases:
                if tuple(folded[i : i + len(phrase)]) == phrase and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), phrases)
        if best:
            length, phrases = best
            typed = " ".join(query_words[i : i + length])
            groups.append([typed] + [" ".join(p) for p in phrases if p != tuple(folded[i : i + length])])
            i += length
        else:
            groups.append([query_words[i]])
            i += 1
    return groups


def find(query, language, pages):
    """[(page id, matched language)] best first, one per page, for a visitor in `language`."""
    query_words = words(query)[:MAX_TERMS]
    if not query_words:
        return []
    sets = synonym_sets()
    groups = {lang: expand(query_words, sets.get(lang, [])) for lang in CONFIGS}
    rows = (
        _find_postgres(groups, language, pages)
        if connection.vendor == "postgresql"
        else _find_sqlite(groups, language, pages)
    )
    seen, found = set(), []
    for page_id, lang in rows:
        if page_id not in seen:
            seen.add(page_id)
            found.append((page_id, lang))
    return found


def _tsquery(lang, config, groups, params):
    parts = []
    for group in groups:
        alternatives = []
        for phrase in group:
            alternatives.append("plainto_tsquery(%s::regconfig, tbc_restem(%s::regconfig, %s))")
            params += [config, config, for_config(lang, normalise(phrase))]
        parts.append("(" + " || ".join(alternatives) + ")")
    return " && ".join(parts)


def _find_postgres(groups, language, pages):
    params, values = [], []
    for lang, config in CONFIGS.items():
        params.append(lang)
        values.append(f"(%s, {_tsquery(lang, config, groups[lang], params)})")
    pages_sql, pages_params = pages.values("pk").query.sql_with_params()
    sql = (
        f"WITH q(language, query) AS (VALUES {', '.join(values)}) "  # noqa: S608 (only placeholders)
        "SELECT e.page_id, e.language FROM turnbackcrime_searchentry e JOIN q ON q.language = e.language "
        f"WHERE e.vector @@ q.query AND e.page_id IN ({pages_sql}) "
        "ORDER BY (e.language = %s) DESC, ts_rank(e.vector, q.query) DESC, e.page_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *pages_params, language])
        return cursor.fetchall()


def trimmed(word):
    """A crude stem for SQLite's LIKE matching: plural and gender endings and the Arabic article off."""
    word = fold(word)
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    for ending in ("ing", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            word = word[: -len(ending)]
            break
    if word[-1:] in ("a", "e", "o") and len(word) > 5:
        word = word[:-1]
    return word


def _find_sqlite(groups, language, pages):
    matches = Q()
    stems = set()
    for lang, lang_groups in groups.items():
        condition = Q(language=lang)
        for group in lang_groups:
            alternatives = Q()
            for phrase in group:
                phrase_q = Q()
                for word in words(phrase):
                    stem = trimmed(word)
                    stems.add(stem)
                    phrase_q &= Q(folded_title__contains=stem) | Q(folded_body__contains=stem)
                alternatives |= phrase_q
            condition &= alternatives
        matches |= condition
    # A word in the title counts twice; then the shorter title (more of it matched).
    score = sum(
        (
            Case(When(folded_title__contains=stem, then=Value(2)), default=Value(0))
            + Case(When(folded_body__contains=stem, then=Value(1)), default=Value(0))
            for stem in sorted(stems)
        ),
        Value(0),
    )
    rows = (
        SearchEntry.objects.filter(page_id__in=pages.values("pk"))
        .filter(matches)
        .annotate(
            own=Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField()),
            score=ExpressionWrapper(score, output_field=IntegerField()),
        )
        .order_by("own", "-score", Length("folded_title"), "page_id")
        .values_list("page_id", "language")
    )
    return list(rows)


def bare(word, language):
    """The word without the Arabic article, which pages and visitors add or leave out."""
    return word[2:] if language == "ar" and word.startswith("ال") and len(word) > 4 else word


def did_you_mean(query, language):
    """The query with each word that matches nothing replaced by the closest word pages use, or "".

    A word that matches (through stemming, accents, Arabic spelling) is kept as typed.
    """
    typed = words(query)[:MAX_TERMS]
    if not typed:
        return ""
    folded = [fold(word) for word in typed]
    if connection.vendor == "postgresql":
        config = CONFIGS.get(language, CONFIGS["en"])
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT EXISTS (SELECT 1 FROM turnbackcrime_searchentry e WHERE e.language = %s"
                "  AND e.vector @@ plainto_tsquery(%s::regconfig, tbc_restem(%s::regconfig, t.typed))),"
                " (SELECT w.form FROM turnbackcrime_searchword w"
                "  WHERE w.language = %s AND (w.word %% t.term OR w.word %% t.bare)"
                "  ORDER BY greatest(similarity(w.word, t.term), similarity(w.word, t.bare)) DESC, w.word"
                "  LIMIT 1)"
                " FROM unnest(%s::text[], %s::text[], %s::text[]) WITH ORDINALITY AS t(typed, term, bare, n)"
                " ORDER BY t.n",
                [
                    language,
                    config,
                    config,
                    language,
                    [for_config(language, normalise(word)) for word in typed],
                    folded,
                    [bare(word, language) for word in folded],
                ],
            )
            closest = [
                word if known or not best else best
                for word, (known, best) in zip(typed, cursor.fetchall(), strict=True)
            ]
    else:
        known = dict(SearchWord.objects.filter(language=language).values_list("word", "form"))
        closest = []
        for word, term in zip(typed, folded, strict=True):
            if term in known or trimmed(term) in known:
                closest.append(word)
                continue
            match = difflib.get_close_matches(bare(term, language), known, n=1, cutoff=0.75)
            closest.append(known[match[0]] if match else word)
    if closest == typed:
        return ""
    return " ".join(closest)


def suggest(prefix, language, pages, limit=5):
    """Up to `limit` (page id, title, language) whose title has a word starting with `prefix`."""
    folded = " ".join(words(fold(prefix)))
    if len(folded) < SUGGEST_MIN:
        return []
    # Arabic joins prepositions and the article to the word (بالجريمة): match anywhere.
    starts = (
        Q(folded_title__contains=folded)
        if language == "ar"
        else (Q(folded_title__startswith=folded) | Q(folded_title__contains=" " + folded))
    )
    rows = (
        SearchEntry.objects.filter(page_id__in=pages.values("pk"))
        .filter(starts)
        .annotate(
            own=Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
        .order_by("own", "folded_title", "page_id")
        .values_list("page_id", "title", "language")[: limit * 4]
    )
    seen, found = set(), []
    for page_id, title, lang in rows:
        if page_id not in seen:
            seen.add(page_id)
            found.append((page_id, title, lang))
    return found[:limit]
