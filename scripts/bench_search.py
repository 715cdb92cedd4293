"""Benchmark: search suggestions served from the cache vs computed, and the search page.

In-process (Django's test client, no network), on the database of your settings with the
demo content loaded (`make run`, or DATABASE_URL=... manage.py load_demo_content), with a
per-process memory cache so no shared cache is touched. Prints medians and ratios within
this one run. Not part of `make test`:

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_search.py [--rounds 200]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "turnbackcrime.settings.dev")

import django  # noqa: E402

PREFIXES = {
    "en": ["cou", "fak", "ope", "cor"],
    "fr": ["con", "cor"],
    "es": ["fal", "cri"],
    "ar": ["مقل", "جري"],
}


def timed(client, url, params):
    start = time.perf_counter()
    response = client.get(url, params)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    from django.conf import settings

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=(settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".") or "localhost")
    cold, warm, search = [], [], []
    for _round in range(args.rounds):
        for lang, prefixes in PREFIXES.items():
            for prefix in prefixes:
                cache.clear()
                cold.append(timed(client, f"/{lang}/search/suggest/", {"q": prefix}))
                with CaptureQueriesContext(connection) as queries:
                    warm.append(timed(client, f"/{lang}/search/suggest/", {"q": prefix}))
                if len(queries):
                    raise SystemExit(f"a cached suggestion made SQL queries: {queries.captured_queries}")
    for _round in range(max(1, args.rounds // 10)):
        for lang, query in (
            ("en", "counterfeit"),
            ("fr", "contrefacon"),
            ("es", "crímenes"),
            ("ar", "جريمة"),
        ):
            search.append(timed(client, f"/{lang}/search/", {"q": query}))
    cold_ms, warm_ms = statistics.median(cold), statistics.median(warm)
    print(f"database: {connection.vendor}; {len(cold)} suggestion requests each way")
    print(f"suggestion, computed (cache miss): median {cold_ms:.2f} ms")
    p95 = sorted(warm)[int(len(warm) * 0.95)]
    print(f"suggestion, cached (0 SQL queries): median {warm_ms:.2f} ms, p95 {p95:.2f} ms")
    print(f"cached / computed: {warm_ms / cold_ms:.2f}")
    print(f"search page (4 languages): median {statistics.median(search):.1f} ms")


if __name__ == "__main__":
    main()
