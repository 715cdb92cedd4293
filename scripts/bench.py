"""`make bench`: requests per second per page kind, as ratios within one run.

For each kind of page (home, topic, story, every listing, pledge, gallery, search) it
measures with wrk (`-t2 -c32`):
  - through Varnish, a cache hit (the production stack of `make serve`);
  - the same bytes from nginx serving a file (the static ceiling on this machine): the
    gzipped body Varnish sends and the same response headers, so both sides send the
    same bytes per response (measured by wrk and written to the report); for both, also the
    CPU time the server's processes spent per response (varnishd with varnishncsa, nginx);
  - the app alone (gunicorn directly, the cache bypassed);
  - the app alone of the baseline commit (BASELINE, default 42e79b9), checked out with
    `git worktree` under var/bench/ with its own virtualenv from its own requirements,
    served alike (gunicorn, 2 workers, production settings, same database and media);
and the SQL queries of a cold and a warm render, and how long a publish takes to reach
the proxy in the four languages. Prints a table and writes var/bench/report-<time>.json.
Needs DATABASE_URL (PostgreSQL) with the demo content (`make serve` loads it).

Ratios within one run on a shared machine: the two sides of a ratio take turns
(BENCH_REPEATS rounds, the order swapped each round) and each side's median is kept.
Every server runs in a session of its own (as Stack starts Varnish and gunicorn), so with
the kernel's autogroup scheduling each gets the same share of the CPU against wrk and
against other users' processes: nginx started in the benchmark's own session shared
wrk's group and was favoured over Varnish by a factor of up to two under load.
"""

import email.utils
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from scripts.stack import ROOT, Stack, free_port, production_env

BASELINE = os.environ.get("BASELINE", "42e79b9")
# Seconds of one wrk run: cache hits and static files, then the app (fewer, slower requests).
# Whole seconds (wrk takes no fractions).
DURATION = int(os.environ.get("BENCH_SECONDS", "1"))
APP_DURATION = int(os.environ.get("BENCH_APP_SECONDS", "2"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
# Against an app alone: 2 sync workers serve 2 requests at once whatever the connections;
# more would only queue, so that on a busy machine a connection to a slow render waits
# longer than a run for its first answer (and wrk counts 0 req/s). Same for both trees.
APP_CONNECTIONS = int(os.environ.get("BENCH_APP_CONNECTIONS", "2"))
BENCH_DIR = ROOT / "var" / "bench"
GZIP = {"Accept-Encoding": "gzip"}
# Response headers nginx makes itself for a file (the rest it is given, to send the same bytes).
NGINX_OWN_HEADERS = {
    "date",
    "server",
    "content-length",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-type",
    "content-encoding",
    "last-modified",
    "accept-ranges",
}
# wrk's summary, exact: requests and bytes read (headers and body), for bytes per response.
WRK_SCRIPT = """done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d bytes=%d\\n", summary.requests, summary.bytes))
end
"""


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
        "paths['search'] = '/en/search/'\n"
        "paths['search results'] = '/en/search/?q=crime'\n"
        "print(json.dumps(paths))\n"
    )
    return django_shell(code, env)


def query_counts(python, cwd, env, paths):
    """SQL queries per path: of a cold render and a warm one, and of a new process's first request.

    Cold is as tests/turnbackcrime/test_render_queries.py counts it: the first request after
    the cache is emptied, in a process that has served a request before (its per-process
    caches, such as content types, filled as in any running server); warm, the next one.
    `sql_first` counts the path's first request in the process instead (the home page, asked
    first, is the process's first request): it adds what those caches hold.
    """
    code = (
        "import json, sys\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "from django.core.cache import cache\n"
        f"paths = {paths!r}\n"
        "client = Client(HTTP_HOST='127.0.0.1')\n"
        "counts = {}\n"
        "def count(path):\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        client.get(path)\n"
        "    return len(queries.captured_queries)\n"
        "for kind, path in paths.items():\n"
        "    cache.clear()\n"
        "    first = count(path)\n"
        "    cache.clear()\n"
        "    counts[kind] = [count(path), count(path), first]\n"
        "print(json.dumps(counts))\n"
    )
    local = {**env, "REDIS_URL": ""}  # a per-process memory cache: clearing it touches no shared Redis
    return django_shell(code, local, python, cwd)


def wrk(url, headers=None, seconds=DURATION, connections=CONNECTIONS):
    script = BENCH_DIR / "summary.lua"
    if not script.exists():
        script.write_text(WRK_SCRIPT)
    args = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "20s",
        "--latency",
        "-s",
        str(script),
    ]
    for name, value in (headers or {}).items():
        args += ["-H", f"{name}: {value}"]
    out = run([*args, url], capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    timeouts = re.search(r"timeout (\d+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out)
    summary = re.search(r"BENCH requests=(\d+) bytes=(\d+)", out)
    requests_done, bytes_read = (int(summary.group(1)), int(summary.group(2))) if summary else (0, 0)
    return {
        "rps": rate,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
        "p50": p50.group(1) if p50 else None,
        "bytes_per_response": round(bytes_read / requests_done) if requests_done else None,
        "requests": requests_done,
    }


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def session_cpu_seconds(sessions):
    """CPU time (user and system, every thread) used so far by the processes of `sessions`
    (session ids: each server is started in a session of its own, its children with it)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[3]) in sessions:  # field 6 of proc(5): the session id
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def median_run(runs):
    """The run of median req/s (its p50 and bytes with it), and every run's req/s."""
    ordered = sorted(runs, key=lambda run: run["rps"])
    return {**ordered[len(ordered) // 2], "runs": [run["rps"] for run in runs]}


def take_turns(sides, seconds, connections=CONNECTIONS, settle=False):
    """{name: (url, headers[, sessions])} measured REPEATS times each, in turns (the order
    swapped each round, so a burst of load on the machine weighs on every side alike); medians.
    With `sessions` (the session ids of the server's processes) also the median CPU time the
    server spent per response (`cpu_us_per_response`): unlike req/s, it does not depend on
    how much of the CPU the server got while other processes were busy.

    `settle`: one request before each run, answered once the server has finished what the
    last run left (a sync gunicorn worker still renders the requests wrk dropped at its end:
    the next run found both workers busy and counted 0 req/s)."""
    runs = {name: [] for name in sides}
    cpu = {name: [] for name in sides}
    names = list(sides)
    for round_ in range(REPEATS):
        for name in names if round_ % 2 == 0 else reversed(names):
            url, headers, *sessions = sides[name]
            if settle:
                requests.get(url, headers=headers, timeout=120)
            before = session_cpu_seconds(sessions[0]) if sessions else None
            found = wrk(url, headers, seconds, connections)
            if sessions and found["requests"]:
                used = session_cpu_seconds(sessions[0]) - before
                cpu[name].append(used * 1e6 / found["requests"])
            runs[name].append(found)
    medians = {name: median_run(found) for name, found in runs.items()}
    for name, found in cpu.items():
        if found:
            medians[name]["cpu_us_per_response"] = round(sorted(found)[len(found) // 2], 1)
    return medians


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


def nginx_quote(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class StaticServer:
    """nginx serving files (the bytes Varnish sends: gzip and headers) from var/bench/static/.

    Started in a session of its own, as Stack starts Varnish: the kernel's autogroup
    scheduling then gives both the same CPU share against wrk (see the module's docstring).
    """

    def __init__(self, folder, port):
        self.folder = Path(folder)
        self.port = port
        self.process = None
        self.locations = []

    def start(self):
        root = self.folder / "root"
        conf = self.folder / "nginx.conf"
        temp = self.folder / "tmp"
        temp.mkdir(parents=True, exist_ok=True)
        locations = "\n".join(self.locations)
        conf.write_text(
            f"""daemon off;
user root;
worker_processes 2;
pid {self.folder}/nginx.pid;
error_log {self.folder}/error.log;
events {{ worker_connections 1024; }}
http {{
    # One JSON line per request, as Varnish's request log writes one (varnishncsa, started by
    # Stack as in production): both sides do the same work for each response.
    log_format tbc escape=json '{{"time": "$time_iso8601", "source": "static", '
        '"request_id": "$request_id", "method": "$request_method", "path": "$uri", '
        '"status": $status, "duration_s": $request_time, "cache": "HIT"}}';
    access_log {self.folder}/access.log tbc;
    sendfile on;
    tcp_nopush on;
    gzip_static on;
    etag off;
    server_tokens off;
    charset utf-8;
    types {{ text/html html; }}
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{self.port};
        root {root};
{locations}
    }}
}}
"""
        )
        self.process = subprocess.Popen(["nginx", "-c", str(conf)], start_new_session=True)  # noqa: S603, S607
        for _ in range(100):
            try:
                requests.get(f"http://127.0.0.1:{self.port}/", timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.05)

    def add(self, name, body, gzipped, headers):
        """The page's files, with the response headers Varnish sent (before start())."""
        root = self.folder / "root"
        root.mkdir(parents=True, exist_ok=True)
        files = [root / f"{name}.html", root / f"{name}.html.gz"]
        files[0].write_bytes(body)
        files[1].write_bytes(gzipped)
        modified = headers.get("Last-Modified")
        if modified:  # nginx's own Last-Modified is the file's time: the same date
            stamp = email.utils.parsedate_to_datetime(modified).timestamp()
            for file in files:
                os.utime(file, (stamp, stamp))
        given = [
            f"            add_header {name_} {nginx_quote(value)};"
            for name_, value in headers.items()
            if name_.lower() not in NGINX_OWN_HEADERS
        ]
        self.locations.append(f"        location = /{name}.html {{\n" + "\n".join(given) + "\n        }")
        return f"http://127.0.0.1:{self.port}/{name}.html"

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait()
        (self.folder / "access.log").unlink(missing_ok=True)  # millions of lines, read by no one


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
        # Served alike: the same media as this tree (the baseline's own var/ has none, so
        # its pages would have had no originals to make a missing rendition from).
        "MEDIA_ROOT": env.get("MEDIA_ROOT", str(ROOT / "var" / "media")),
        "DB_CONN_MAX_AGE": "0",  # the baseline's own default
    }
    local.pop("FRONTEND_CACHE_VARNISH_URL", None)
    run([str(python), "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=folder, env=local)
    gunicorn = str(Path(python).parent / "gunicorn")
    args = [gunicorn, "turnbackcrime.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    log = open(BENCH_DIR / "baseline-gunicorn.log", "ab")  # noqa: SIM115 (closed with the process)
    # A session of its own, as Stack starts this tree's gunicorn: the same CPU share.
    process = subprocess.Popen(  # noqa: S603
        args, cwd=folder, env=local, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
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
    # The clock starts when the publish starts: its purges may reach Varnish (through the
    # task worker, after commit) before publish() has returned.
    publish = (
        "import time\n"
        "from stories.models import StoryPage\n"
        f"revision = StoryPage.objects.get(pk={target['id']}).get_latest_revision()\n"
        "started = time.time()\n"
        "revision.publish()\n"
        "print(started)\n"
    )
    # Poll while the publish runs, each URL on a thread of its own: the moment it turns into a
    # miss (it was a hit). One poller for all URLs in turn measured the renders of the misses it
    # had found before reaching the last URL (eight renders, about 0.1 s each), not the purge.
    purged_at, answered_at = {}, {}

    def poll(path):
        deadline = time.time() + 30
        while time.time() < deadline:
            asked_at = time.time()  # a miss means purged before this request reached Varnish
            if requests.get(stack.url + path, timeout=30).headers["X-Cache"] == "MISS":
                purged_at[path], answered_at[path] = asked_at, time.time()
                return
            time.sleep(0.01)  # a hit costs microseconds; leave the CPU to the publish

    pollers = [threading.Thread(target=poll, args=(path,)) for path in target["urls"]]
    for poller in pollers:
        poller.start()
    published_at = float(django_shell(publish, env))
    for poller in pollers:
        poller.join()
    if len(purged_at) < len(target["urls"]):
        return None, None
    # Purged: from then on every request gets the new page. Answered: the last of those first
    # requests has its new page (its render, on two workers busy with all eight, included).
    last_purged, last_answered = max(purged_at.values()), max(answered_at.values())
    return round(last_purged - published_at, 3), round(last_answered - published_at, 3)


def drain_task_queue(env, timeout=600):
    """Wait until the task worker has run every task that is due; returns (tasks, seconds).

    Loading the demo content queues a few hundred tasks (purges, search index updates) that the
    stack's worker runs when it starts. Measured meanwhile, the first page kinds shared the CPU
    with it, and its purges banned pages that had just been cached (a hit then checks each new
    ban): a run of 2026-12-02 measured the home page, the first kind, at 25,800 hits/s while
    ~300 purges ran, and 33,200 alone on a quiet stack.
    """
    code = (
        "import json, time\n"
        "from django_tasks_db.models import DBTaskResult\n"
        "started = time.monotonic()\n"
        "first = None\n"
        f"while time.monotonic() - started < {timeout}:\n"
        "    left = DBTaskResult.objects.ready().count() + DBTaskResult.objects.running().count()\n"
        "    first = left if first is None else first\n"
        "    if not left:\n"
        "        break\n"
        "    time.sleep(0.2)\n"
        "print(json.dumps([first, round(time.monotonic() - started, 1), left]))\n"
    )
    first, seconds, left = django_shell(code, env)
    if left:
        raise RuntimeError(f"the task worker left {left} tasks after {seconds} s (log in var/bench/stack/)")
    return first, seconds


def load_average():
    return [round(value, 2) for value in os.getloadavg()]


def autogroup_scheduling():
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return None


def main():
    started = time.time()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop every server on the way out
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
    shutil.rmtree(BENCH_DIR / "static", ignore_errors=True)
    static = StaticServer(BENCH_DIR / "static", static_port)
    baseline = None
    results = {}
    load = {"start": load_average()}
    try:
        stack.start()
        tasks, seconds = drain_task_queue(env)
        print(f"Task queue: {tasks} tasks due at the start, run in {seconds} s", flush=True)
        baseline, baseline_env = start_baseline(baseline_folder, baseline_python, env, baseline_port)
        sql_new = query_counts(sys.executable, ROOT, env, paths)
        sql_old = query_counts(str(baseline_python), baseline_folder, baseline_env, paths)
        # 1. Every page into the cache (and its bytes and headers to nginx) while the app is
        # idle: a saturated node fails its health probes, and a sick backend serves no miss.
        for kind, path in paths.items():
            row = {"path": path, "sql_cold_warm": sql_new[kind][:2], "sql_first": sql_new[kind][2]}
            row["baseline_sql_cold_warm"], row["baseline_sql_first"] = sql_old[kind][:2], sql_old[kind][2]
            hit = fetch_hit(stack.url + path)
            row["status"], row["proxy_cached"] = hit.status_code, hit.headers.get("X-Cache") == "HIT"
            gzipped = hit.raw.read()
            body = gzip.decompress(gzipped) if hit.headers.get("Content-Encoding") == "gzip" else gzipped
            row["bytes"], row["bytes_gzip"] = len(body), len(gzipped)
            if row["proxy_cached"]:
                row["static_url"] = static.add(re.sub(r"\W+", "-", kind), body, gzipped, hit.headers)
            results[kind] = row
        static.start()
        # CPU time per response of each side: varnishd with its request log (varnishncsa, a
        # session of its own), nginx with its own; the time of their every process and thread.
        proxy_sessions = {stack.varnish.pid, stack.varnish_log.pid}
        load["cache"] = load_average()
        # 2. Cache hits against the same bytes from nginx, in turns.
        for kind, row in results.items():
            if not row["proxy_cached"]:
                row["proxy_vs_static"] = None  # never cached, by design (search with a query)
                print(f"{kind:18} {row['bytes']:6} B  never cached (by design): app only", flush=True)
                continue
            sides = {
                "proxy": (stack.url + row["path"], GZIP, proxy_sessions),
                "static": (row["static_url"], GZIP, {static.process.pid}),
            }
            row.update(take_turns(sides, DURATION))
            row["proxy_vs_static"] = ratio(row["proxy"]["rps"], row["static"]["rps"])
            cpu = row["proxy"].get("cpu_us_per_response"), row["static"].get("cpu_us_per_response")
            row["proxy_vs_static_cpu_per_response"] = ratio(*cpu) if None not in cpu else None
            print(
                f"{kind:18} {row['bytes']:6} B ({row['proxy']['bytes_per_response']}"
                f" / {row['static']['bytes_per_response']} B a response)"
                f"  proxy {row['proxy']['rps']:9.0f}  static {row['static']['rps']:9.0f}"
                f"  ({row['proxy_vs_static']}×)  CPU a response {cpu[0]} / {cpu[1]} µs",
                flush=True,
            )
        load["app"] = load_average()
        # 3. The app alone, this tree and the baseline, in turns.
        for kind, row in results.items():
            app, old = stack.app_url() + row["path"], f"http://127.0.0.1:{baseline_port}{row['path']}"
            warm(app)
            warm(old)
            measured = take_turns(
                {"app": (app, None), "baseline_app": (old, None)}, APP_DURATION, APP_CONNECTIONS, settle=True
            )
            row.update(measured)
            row["app_vs_baseline"] = ratio(row["app"]["rps"], row["baseline_app"]["rps"])
            if not row["baseline_app"]["rps"]:
                # No baseline answer within a run (a busy machine): each of its connections
                # waited longer than the run, so it served under connections/seconds req/s.
                row["app_vs_baseline_at_least"] = ratio(row["app"]["rps"], APP_CONNECTIONS / APP_DURATION)
            print(
                f"{kind:18} app {row['app']['rps']:7.1f}  baseline {row['baseline_app']['rps']:7.1f}"
                f"  ({row['app_vs_baseline'] or '≥' + str(row.get('app_vs_baseline_at_least'))}×)"
                f"  SQL cold/warm {row['sql_cold_warm']}, first {row['sql_first']}"
                f" (baseline {row['baseline_sql_cold_warm']}, first {row['baseline_sql_first']})",
                flush=True,
            )
        load["end"] = load_average()
        delay, answered = publish_delay(stack, env)
        print(
            f"publish → purged in all four languages (story and its list): {delay} s"
            f" (the first requests after it answered, rendered anew, by {answered} s)"
        )
    finally:
        if baseline is not None:
            baseline.terminate()
            baseline.wait()
        static.stop()
        stack.stop()
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "baseline": BASELINE,
        "wrk": {
            "threads": 2,
            "connections": CONNECTIONS,
            "seconds": DURATION,
            "app_seconds": APP_DURATION,
            "app_connections": APP_CONNECTIONS,
            "repeats": REPEATS,
            "kept": "median req/s of the repeats, the two sides of each ratio in turns",
        },
        "app_workers": 2,
        "load_average_1_5_15": load,
        "cpus": os.cpu_count(),
        "autogroup_scheduling": autogroup_scheduling(),
        "pages": results,
        "publish_to_purged_seconds": delay,
        "publish_to_answered_seconds": answered,
        "wall_seconds": round(time.time() - started, 1),
    }
    ratios = {
        "proxy_vs_static": {kind: row.get("proxy_vs_static") for kind, row in results.items()},
        "proxy_vs_static_cpu_per_response": {
            kind: row.get("proxy_vs_static_cpu_per_response") for kind, row in results.items()
        },
        "app_vs_baseline": {kind: row.get("app_vs_baseline") for kind, row in results.items()},
        "app_vs_baseline_at_least": {
            kind: row["app_vs_baseline_at_least"]
            for kind, row in results.items()
            if "app_vs_baseline_at_least" in row
        },
    }
    report["ratios"] = ratios
    path = BENCH_DIR / f"report-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"Load average (1, 5, 15 min): {load}")
    print(f"Report: {path.relative_to(ROOT)} ({report['wall_seconds']} s)")


if __name__ == "__main__":
    main()
