"""In-process render times of the public pages on the demo content: a benchmark, not a test.

    DATABASE_URL=postgres://… .venv/bin/python scripts/render_bench.py [--rounds 30] [--baseline 42e79b9]

For each page kind it serves the page through Django's test client (the whole
middleware stack, no network) and reports the median time and SQL queries:

- "cached": as deployed, fragment caches on and warm;
- "uncached": the same code with FRAGMENT_CACHE off (every fragment rendered);
- with --baseline REV: the same pages served by a checkout of REV (a temporary
  git worktree, run in a subprocess on the same database), e.g. the commit
  before the render work, 42e79b9.

Ratios compare runs made in this one invocation, on this machine, one after the
other, so they hold while absolute times vary with the load. Needs the demo
content in the database (`make run` loads it, or `manage.py load_demo_content`
then `prerender_images`). Settings: turnbackcrime.settings.dev with DEBUG off.
"""

# ruff: noqa: S603, S607 - runs git and this very script, with arguments it builds itself
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORY = "/en/success-stories/dangerous-fake-goods-seized-across-eastern-and-southern-africa/"
PAGES = {
    "home": "/en/",
    "home (ar)": "/ar/",
    "topic index": "/en/topics/",
    "topic": "/en/topics/stay-safe-online/",
    "story index": "/en/success-stories/",
    "story": STORY,
    "partner news": "/en/support/",
    "news item": "/en/support/ferrari-pledge-video/",
    "pledge": "/en/take-the-pledge/",
    "gallery index": "/en/galleries/",
    "gallery": "/en/galleries/campaign-launch/",
    "search": "/en/search/?q=crime",
}


def recorder(log):
    def record(execute, sql, params, many, context):
        log.append(sql)
        return execute(sql, params, many, context)

    return record


def measure(rounds, fragment_cache):
    """{kind: {"median_ms", "queries_cold", "queries_warm"}} for this process's code."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "turnbackcrime.settings.dev")
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    settings.DEBUG = False
    settings.FRAGMENT_CACHE = fragment_cache
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    for kind, url in PAGES.items():
        client.get(url)  # per-process caches (content types, templates)
        cache.clear()
        cold, warm = [], []
        with connection.execute_wrapper(recorder(cold)):
            status = client.get(url).status_code
        with connection.execute_wrapper(recorder(warm)):
            client.get(url)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - start)
        results[kind] = {
            "status": status,
            "times_ms": [round(t * 1000, 3) for t in times],
            "queries_cold": len(cold),
            "queries_warm": len(warm),
        }
    return results


def run_in(directory, rounds, fragment_cache=True):
    env = dict(os.environ, PYTHONPATH=str(directory))
    python = REPO / ".venv" / "bin" / "python"
    args = [str(python), str(REPO / "scripts" / "render_bench.py"), "--child", "--rounds", str(rounds)]
    if not fragment_cache:
        args.append("--no-fragment-cache")
    output = subprocess.run(args, cwd=directory, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def merge(into, results):
    for kind, result in results.items():
        if kind in into:
            into[kind]["times_ms"] += result["times_ms"]
        else:
            into[kind] = result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--baseline", help="a git revision to compare with (e.g. 42e79b9)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-fragment-cache", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(measure(options.rounds, not options.no_fragment_cache)))
        return
    if not os.environ.get("DATABASE_URL"):
        print("Set DATABASE_URL to the database with the demo content.", file=sys.stderr)
        sys.exit(2)
    # The variants take turns (three passes each), so a change in the machine's load
    # weighs on all of them alike; each median is over all of a variant's rounds.
    passes, per_pass = 3, max(1, options.rounds // 3)
    variants = {"cached": (REPO, True), "uncached": (REPO, False)}
    with tempfile.TemporaryDirectory() as tmp:
        if options.baseline:
            worktree = Path(tmp) / "baseline"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", str(worktree), options.baseline],
                check=True,
                capture_output=True,
            )
            variants["baseline"] = (worktree, True)
        try:
            runs = {}
            for _ in range(passes):
                for name, (directory, fragment_cache) in variants.items():
                    merge(runs.setdefault(name, {}), run_in(directory, per_pass, fragment_cache))
        finally:
            if options.baseline:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(worktree)], check=True
                )
    for results in runs.values():
        for result in results.values():
            result["median_ms"] = round(statistics.median(result["times_ms"]), 2)
    columns = list(runs)
    header = f"{'page':<14}" + "".join(f"{name + ' ms':>14}{'SQL c/w':>9}" for name in columns)
    if "baseline" in runs:
        header += f"{'baseline/cached':>17}"
    header += f"{'uncached/cached':>17}"
    print(header)
    for kind in PAGES:
        row = f"{kind:<14}"
        for name in columns:
            result = runs[name][kind]
            row += f"{result['median_ms']:>14.1f}{result['queries_cold']:>5}/{result['queries_warm']:<3}"
        cached = runs["cached"][kind]["median_ms"]
        if "baseline" in runs:
            row += f"{runs['baseline'][kind]['median_ms'] / cached:>16.2f}×"
        row += f"{runs['uncached'][kind]['median_ms'] / cached:>16.2f}×"
        print(row)
    if options.json:
        Path(options.json).write_text(json.dumps(runs, indent=2))


if __name__ == "__main__":
    main()
