"""`make bench`: requests per second per page kind, as ratios within one run.

For each kind of page (home, topic, story, every listing, pledge, gallery, search) it
measures with wrk (`-t2 -c32`, a few seconds each):
  - through Varnish, a cache hit (the production stack of `make serve`);
  - the app alone (gunicorn directly, the cache bypassed);
  - the same bytes from nginx serving a file (the static ceiling on this machine);
  - the app alone of the baseline commit (today's main, BASELINE, default 42e79b9),
    checked out with `git worktree` under var/bench/ with its own virtualenv from its own
    requirements, served alike (gunicorn, 2 workers, production settings, same database);
and the SQL queries of a cold and a warm render, and how long a publish takes to reach
the proxy in the four languages. Prints a table and writes var/bench/report-<time>.json.
Needs DATABASE_URL (PostgreSQL) with the demo content (`make serve` loads it).
"""

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from scripts.stack import ROOT, Stack, free_port, production_env

BASELINE = os.environ.get("BASELINE", "42e79b9")
DURATION = int(os.environ.get("BENCH_SECONDS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
BENCH_DIR = ROOT / "var" / "bench"
GZIP = {"Accept-Encoding": "gzip"}


def run(args, **kwargs):
    return subprocess.run(args, check=True, **kwargs)  # noqa: S603


def django_shell(code, env, python=sys.executable, cwd=ROOT):
    """Run `code` in `manage.py shell`; its last printed line, parsed as JSON."""
    out = run([python, "manage.py", "shell", "-c", code], cwd=cwd, env=env, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def need_debian(command, package):
    if shutil.which(command) or Path(f"/usr/sbin/{command}").exists():
        return
    print(f"Installing Debian's {package}…", flush=True)
    run(["apt-get", "update", "-qq"])
    run(["apt-get", "install", "-y", "-qq", package], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def page_paths(env):
    """The first page of each kind, in English, from the database (a small Django process)."""
    code = (
        "import json\n"
        "from campaigns.models import TopicIndexPage, TopicPage\n"
        "from stories.models import StoryIndexPage, StoryPage\n"
        "from partners.models import PartnerNewsIndexPage, PartnerNewsPage, PledgePage\n"
        "from galleries.models import GalleryIndexPage, GalleryPage\n"
        "from django.utils import translation\n"
        "translation.activate('en')\n"
        "kinds = {'topic list': TopicIndexPage, 'topic': TopicPage, 'story list': StoryIndexPage,"
        " 'story': StoryPage, 'partner news list': PartnerNewsIndexPage, 'partner news': PartnerNewsPage,"
        " 'gallery list': GalleryIndexPage, 'gallery': GalleryPage, 'pledge': PledgePage}\n"
        "paths = {'home': '/en/'}\n"
        "for kind, model in kinds.items():\n"
        "    page = model.objects.live().order_by('path').first()\n"
        "    if page is not None: paths[kind] = page.get_url()\n"
        "paths['search'] = '/en/search/?q=crime'\n"
        "print(json.dumps(paths))\n"
    )
    return django_shell(code, env)


def query_counts(python, cwd, env, paths):
    """SQL queries of a cold render (empty in-process cache) and a warm one, per path."""
    code = (
        "import json, sys\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "from django.core.cache import cache\n"
        f"paths = {paths!r}\n"
        "client = Client(HTTP_HOST='127.0.0.1')\n"
        "counts = {}\n"
        "for kind, path in paths.items():\n"
        "    cache.clear()\n"
        "    row = []\n"
        "    for _ in range(2):\n"
        "        with CaptureQueriesContext(connection) as queries:\n"
        "            client.get(path)\n"
        "        row.append(len(queries.captured_queries))\n"
        "    counts[kind] = row\n"
        "print(json.dumps(counts))\n"
    )
    local = {**env, "REDIS_URL": ""}  # a per-process memory cache: clearing it touches no shared Redis
    return django_shell(code, local, python, cwd)


def wrk(url, headers=None):
    args = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--timeout", "20s", "--latency"]
    for name, value in (headers or {}).items():
        args += ["-H", f"{name}: {value}"]
    out = run([*args, url], capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    timeouts = re.search(r"timeout (\d+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out)
    return {
        "rps": rate,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
        "p50": p50.group(1) if p50 else None,
    }


def ratio(a, b):
    return round(a / b, 2) if b else None


def fetch_hit(url, tries=50):
    """The page through Varnish as a cache hit (streamed: the raw, maybe gzipped, bytes)."""
    for _ in range(tries):
        response = requests.get(url, headers=GZIP, timeout=60, stream=True)
        if response.status_code == 200 and (response.headers.get("X-Cache") == "HIT" or "?q=" in url):
            return response
        response.close()
        time.sleep(0.1)
    raise RuntimeError(f"{url}: no cached 200 through Varnish ({response.status_code})")


def warm(url, times=4):
    """A first request per worker loads templates and caches: not what is measured."""
    for _ in range(times):
        requests.get(url, timeout=120)


class StaticServer:
    """nginx serving files (the bytes Varnish sends, gzip included) from var/bench/static/."""

    def __init__(self, folder, port):
        self.folder = Path(folder)
        self.port = port
        self.process = None

    def start(self):
        root = self.folder / "root"
        conf = self.folder / "nginx.conf"
        temp = self.folder / "tmp"
        temp.mkdir(parents=True, exist_ok=True)
        conf.write_text(
            f"""daemon off;
user root;
worker_processes 2;
pid {self.folder}/nginx.pid;
error_log {self.folder}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    gzip_static on;
    types {{ text/html html; }}
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{self.port};
        root {root};
    }}
}}
"""
        )
        self.process = subprocess.Popen(["nginx", "-c", str(conf)])  # noqa: S603, S607
        for _ in range(100):
            try:
                requests.get(f"http://127.0.0.1:{self.port}/", timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.05)

    def add(self, name, body, gzipped):
        root = self.folder / "root"
        root.mkdir(parents=True, exist_ok=True)
        (root / f"{name}.html").write_bytes(body)
        (root / f"{name}.html.gz").write_bytes(gzipped)
        return f"http://127.0.0.1:{self.port}/{name}.html"

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait()


def baseline_checkout():
    """var/bench/baseline: BASELINE checked out beside this tree, with its own virtualenv."""
    folder = BENCH_DIR / "baseline"
    if not (folder / "manage.py").exists():
        run(["git", "worktree", "prune"], cwd=ROOT)
        run(["git", "worktree", "add", "--detach", "--force", str(folder), BASELINE], cwd=ROOT)
    python = folder / ".venv" / "bin" / "python"
    stamp = folder / ".venv" / ".bench-installed"
    if not stamp.exists():
        run([sys.executable, "-m", "venv", str(folder / ".venv")])
        run([str(python), "-m", "pip", "install", "--quiet", "-r", str(folder / "requirements.txt")])
        # Served alike: the same gunicorn as this tree (the baseline did not pin one).
        gunicorn = re.search(r"^gunicorn==\S+", (ROOT / "requirements.txt").read_text(), re.M).group(0)
        run([str(python), "-m", "pip", "install", "--quiet", gunicorn])
        stamp.touch()
    return folder, python


def start_baseline(folder, python, env, port):
    """The baseline app alone: gunicorn, 2 workers, its production settings, its defaults."""
    var = BENCH_DIR / "baseline-var"
    local = {
        **env,
        "TBC_VAR_DIR": str(var),
        "STATIC_ROOT": str(var / "static"),
        "DB_CONN_MAX_AGE": "0",  # the baseline's own default
    }
    local.pop("FRONTEND_CACHE_VARNISH_URL", None)
    run([str(python), "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=folder, env=local)
    gunicorn = str(Path(python).parent / "gunicorn")
    args = [gunicorn, "turnbackcrime.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    log = open(BENCH_DIR / "baseline-gunicorn.log", "ab")  # noqa: SIM115 (closed with the process)
    process = subprocess.Popen(args, cwd=folder, env=local, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    for _ in range(300):
        try:
            if requests.get(f"http://127.0.0.1:{port}/robots.txt", timeout=10).status_code == 200:
                return process, local
        except requests.RequestException:  # not listening yet, or still loading
            pass
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the baseline did not start; see var/bench/baseline-gunicorn.log")


def publish_delay(stack, env):
    """Seconds from a publish (committed) until its pages are purged in all four languages."""
    code = (
        "import json\n"
        "from django.utils import translation\n"
        "from stories.models import StoryPage\n"
        "story = StoryPage.objects.live().order_by('path').first()\n"
        "urls = []\n"
        "for language in ('en', 'fr', 'es', 'ar'):\n"
        "    with translation.override(language):\n"
        "        urls += [story.get_url(), story.get_parent().get_url()]\n"
        "print(json.dumps({'id': story.pk, 'urls': urls}))\n"
    )
    target = django_shell(code, env)
    for path in target["urls"]:
        fetch_hit(stack.url + path).close()  # cached before the publish
    publish = (
        "from stories.models import StoryPage\n"
        f"StoryPage.objects.get(pk={target['id']}).get_latest_revision().publish()\n"
        "import time; print(time.time())\n"
    )
    # Poll while the publish runs: the moment each URL turns into a miss (it was a hit).
    purged_at = {}

    def poll():
        deadline = time.time() + 30
        while len(purged_at) < len(target["urls"]) and time.time() < deadline:
            for path in target["urls"]:
                if path in purged_at:
                    continue
                asked_at = time.time()  # a miss means purged before this request reached Varnish
                if requests.get(stack.url + path, timeout=30).headers["X-Cache"] == "MISS":
                    purged_at[path] = asked_at

    poller = threading.Thread(target=poll)
    poller.start()
    published_at = float(django_shell(publish, env))
    poller.join()
    if len(purged_at) < len(target["urls"]):
        return None
    return round(max(purged_at.values()) - published_at, 3)


def main():
    started = time.time()
    need_debian("wrk", "wrk")
    need_debian("nginx", "nginx")
    need_debian("varnishd", "varnish")
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    port, app_port, baseline_port, static_port = free_port(), free_port(), free_port(), free_port()
    env = production_env(port)
    env["DEMO"] = os.environ.get("DEMO", "1")
    from scripts.serve import prepare

    prepare(env, sys.executable)
    baseline_folder, baseline_python = baseline_checkout()
    paths = page_paths(env)
    stack = Stack(port=port, app_ports=[app_port], env=env, run_dir=BENCH_DIR / "stack", workers=2)
    static = StaticServer(BENCH_DIR / "static", static_port)
    baseline = None
    results = {}
    try:
        stack.start()
        static.start()
        baseline, baseline_env = start_baseline(baseline_folder, baseline_python, env, baseline_port)
        sql_new = query_counts(sys.executable, ROOT, env, paths)
        sql_old = query_counts(str(baseline_python), baseline_folder, baseline_env, paths)
        # 1. Every page into the cache (and its bytes to nginx) while the app is idle: a
        # saturated node fails its health probes, and a sick backend serves no miss.
        for kind, path in paths.items():
            row = {"path": path, "sql_cold_warm": sql_new.get(kind)}
            row["baseline_sql_cold_warm"] = sql_old.get(kind)
            hit = fetch_hit(stack.url + path)
            row["status"], row["proxy_cached"] = hit.status_code, hit.headers.get("X-Cache") == "HIT"
            gzipped = hit.raw.read()
            body = gzip.decompress(gzipped) if hit.headers.get("Content-Encoding") == "gzip" else gzipped
            if body == gzipped:  # not compressed by Varnish (search with a query: never cached)
                gzipped = gzip.compress(body)
            row["bytes"], row["bytes_gzip"] = len(body), len(gzipped)
            row["static_url"] = static.add(re.sub(r"\W+", "-", kind), body, gzipped)
            results[kind] = row
        # 2. Cache hits against the same bytes from nginx.
        for kind, row in results.items():
            row["proxy"] = wrk(stack.url + row["path"], GZIP)
            row["static"] = wrk(row["static_url"], GZIP)
            row["proxy_vs_static"] = ratio(row["proxy"]["rps"], row["static"]["rps"])
            note = "" if row["proxy_cached"] else ", never cached"
            print(
                f"{kind:18} {row['bytes']:6} B  proxy {row['proxy']['rps']:9.0f}"
                f"  static {row['static']['rps']:9.0f}"
                f"  ({row['proxy_vs_static']}×{note})",
                flush=True,
            )
        # 3. The app alone, this tree and the baseline.
        for kind, row in results.items():
            warm(stack.app_url() + row["path"])
            warm(f"http://127.0.0.1:{baseline_port}{row['path']}")
            row["app"] = wrk(stack.app_url() + row["path"])
            row["baseline_app"] = wrk(f"http://127.0.0.1:{baseline_port}{row['path']}")
            row["app_vs_baseline"] = ratio(row["app"]["rps"], row["baseline_app"]["rps"])
            print(
                f"{kind:18} app {row['app']['rps']:7.1f}  baseline {row['baseline_app']['rps']:7.1f}"
                f"  ({row['app_vs_baseline']}×)  SQL cold/warm {row['sql_cold_warm']}"
                f" (baseline {row['baseline_sql_cold_warm']})",
                flush=True,
            )
        delay = publish_delay(stack, env)
        print(f"publish → purged in all four languages (story and its list): {delay} s")
    finally:
        if baseline is not None:
            baseline.terminate()
            baseline.wait()
        static.stop()
        stack.stop()
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "baseline": BASELINE,
        "wrk": {"threads": 2, "connections": CONNECTIONS, "seconds": DURATION},
        "app_workers": 2,
        "pages": results,
        "publish_to_purged_seconds": delay,
        "wall_seconds": round(time.time() - started, 1),
    }
    path = BENCH_DIR / f"report-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"Report: {path.relative_to(ROOT)} ({report['wall_seconds']} s)")


if __name__ == "__main__":
    main()
