"""The production stack on one machine: gunicorn node(s) behind Varnish, and the task worker.

Used by `make serve` (scripts/serve.py), `make bench` (scripts/bench.py) and the tests
that need the real stack (tests/turnbackcrime/test_page_cache.py). Every process is a
child of this one and stops with it.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL_DIR = ROOT / "deploy" / "varnish"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def local_secret_key(var_dir):
    """A secret key made on the first local run and kept in var/ (never for a real deployment)."""
    path = Path(var_dir) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def production_env(port, *, var_dir=ROOT / "var", base=None):
    """The environment of every process: production settings, local defaults for what is unset."""
    env = dict(os.environ if base is None else base)
    if not env.get("DATABASE_URL"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database: production refuses SQLite.")
    if env["DATABASE_URL"].startswith("sqlite"):
        raise SystemExit("DATABASE_URL points to SQLite: production needs PostgreSQL.")
    url = f"http://127.0.0.1:{port}"
    env["DJANGO_SETTINGS_MODULE"] = "turnbackcrime.settings.production"
    env.setdefault("SECRET_KEY", local_secret_key(var_dir))
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    env.setdefault("WAGTAILADMIN_BASE_URL", url)
    env.setdefault("CSRF_TRUSTED_ORIGINS", f"{url},http://localhost:{port}")
    # Plain HTTP on loopback: no TLS redirect, cookies not marked Secure.
    env.setdefault("SECURE_SSL_REDIRECT", "false")
    env.setdefault("SECURE_COOKIES", "false")
    env.setdefault("SECURE_HSTS_SECONDS", "0")
    # No separate media server on one machine: the app serves media, Varnish caches it.
    env.setdefault("SERVE_MEDIA", "true")
    env.setdefault("FRONTEND_CACHE_VARNISH_URL", url)
    env.setdefault("TRUSTED_PROXIES", "127.0.0.1")  # Varnish: the visitor's address is in X-Forwarded-For
    # Without a mail server configured, email goes to files in var/mail/, one per message;
    # not to the logs, which never carry a pledger's address.
    if not env.get("EMAIL_HOST"):
        env.setdefault("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
        env.setdefault("EMAIL_FILE_PATH", str(Path(var_dir) / "mail"))
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


# Varnish's request log (varnishncsa): one JSON line per client request, HITs included,
# with the same request id as the app's lines (-j escapes the values for JSON). No query
# string (%U is the path alone) and no client address.
VARNISH_LOG_FORMAT = (
    '{"time": "%{%Y-%m-%dT%H:%M:%S%z}t", "source": "varnish", "request_id": "%{X-Request-ID}o", '
    '"method": "%m", "path": "%U", "status": %s, "duration_us": %D, "cache": "%{X-Cache}o", '
    '"handling": "%{Varnish:handling}x"}'
)


# What varnishd writes to its shared-memory log (VSL) for each request, on top of Varnish's
# default mask: only the records someone reads. varnishncsa's fields above need ReqMethod,
# ReqURL, RespStatus, RespHeader (X-Request-ID, X-Cache), Timestamp (time, %D), VCL_call and
# VCL_return (handling), Begin/End; the backend side (misses, passes, errors) is all kept.
# Left out: the client's address (ReqStart) and request headers (ReqHeader, ReqUnset:
# cookies, the metrics bearer token, X-Forwarded-For, which no log here holds either),
# protocol and reason lines, byte counts (ReqAcct), hit TTLs (Hit), filters, the VCL name
# and removed response headers. The thread serving a hit formats each record (Hit and
# ReqAcct with printf) and varnishncsa parses each one again: together 5-10 % of the CPU
# time of a hit (`make bench`, README). `varnishadm param.set vsl_mask +ReqHeader` brings
# one back on a live server for debugging.
VARNISH_VSL_MASK = (
    "-ReqStart,-ReqProtocol,-ReqHeader,-ReqUnset,-RespProtocol,-RespReason,-RespUnset,"
    "-Hit,-ReqAcct,-VCL_use,-Filters"
)
# varnishd's run-time parameters (`-p`), for `make serve`, `make bench` and the stack tests.
VARNISH_PARAMS = {
    "ban_lurker_sleep": "0.01",
    "vsl_mask": VARNISH_VSL_MASK,
}


def backends_vcl(app_ports, probe_interval="1s"):
    """One backend per app node with a health probe, and the round-robin director `app`."""
    lines = []
    for index, port in enumerate(app_ports):
        lines.append(
            f"""backend node{index} {{
    .host = "127.0.0.1";
    .port = "{port}";
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .probe = {{
        .url = "/robots.txt";
        .interval = {probe_interval};
        .timeout = 5s;
        .window = 5;
        .threshold = 2;
        .initial = 2;
    }}
}}
"""
        )
    adds = "".join(f"    app.add_backend(node{index});\n" for index in range(len(app_ports)))
    lines.append(f"sub vcl_init {{\n    new app = directors.round_robin();\n{adds}}}\n")
    return "\n".join(lines)


class Stack:
    """Varnish on `port`, a gunicorn node on each of `app_ports`, and `manage.py db_worker`."""

    def __init__(self, *, port, app_ports, env, run_dir, python=None, workers=2, task_worker=True):
        self.port = port
        self.app_ports = list(app_ports)
        self.env = env
        self.run_dir = Path(run_dir)
        self.python = python or str(ROOT / ".venv" / "bin" / "python")
        self.workers = workers
        self.task_worker = task_worker
        self.nodes = []
        self.worker = None
        self.varnish = None
        self.varnish_log = None
        self.logs = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def app_url(self, index=0):
        return f"http://127.0.0.1:{self.app_ports[index]}"

    def _log(self, name):
        handle = open(self.run_dir / f"{name}.log", "ab")  # noqa: SIM115 (closed in stop)
        self.logs.append(handle)
        return handle

    def _spawn(self, name, args, env=None):
        out = self._log(name)
        # A session of its own: Ctrl-C reaches only us, and stop() ends each process in order.
        return subprocess.Popen(  # noqa: S603
            args, cwd=ROOT, env=env or self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )

    def metrics_dir(self, index):
        """Where node `index`'s gunicorn workers keep their metrics (prometheus-client's multiprocess
        mode: a scrape of any worker sums them all). One per node, as on separate machines."""
        base = self.env.get("PROMETHEUS_MULTIPROC_DIR") or self.run_dir / "prometheus"
        return Path(base) / f"node-{self.app_ports[index]}"

    def start_node(self, index):
        gunicorn = str(Path(self.python).parent / "gunicorn")
        port = self.app_ports[index]
        args = [gunicorn, "turnbackcrime.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        args += ["--workers", str(self.workers), "--preload", "--graceful-timeout", "5"]
        # No gunicorn access log: the app writes one JSON line per request (observability).
        args += ["--forwarded-allow-ips", "127.0.0.1", "--error-logfile", "-"]
        # Emptied at each start: the files of a previous run's workers would be counted again.
        metrics_dir = self.metrics_dir(index)
        shutil.rmtree(metrics_dir, ignore_errors=True)
        metrics_dir.mkdir(parents=True)
        process = self._spawn(
            f"gunicorn-{port}", args, env={**self.env, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
        )
        if index < len(self.nodes):
            self.nodes[index] = process
        else:
            self.nodes.append(process)
        return process

    def start(self, timeout=90):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for index in range(len(self.app_ports)):
            self.start_node(index)
        if self.task_worker:
            args = [self.python, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"]
            self.worker = self._spawn("db_worker", args)
        self.start_varnish()
        self.wait_ready(timeout)
        return self

    def start_varnish(self):
        (self.run_dir / "backends.vcl").write_text(backends_vcl(self.app_ports))
        workdir = self.run_dir / "varnishd"
        shutil.rmtree(workdir, ignore_errors=True)
        args = [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir),
            "-a",
            f"127.0.0.1:{self.port}",
            "-f",
            str(VCL_DIR / "default.vcl"),
            "-p",
            f"vcl_path={self.run_dir}:{VCL_DIR}",
            *[arg for name, value in VARNISH_PARAMS.items() for arg in ("-p", f"{name}={value}")],
            "-s",
            "malloc,256m",
            "-T",
            "none",
        ]
        self.varnish = self._spawn("varnishd", args)
        # Waits for varnishd's shared memory (-t off), then appends a JSON line per request.
        ncsa = [shutil.which("varnishncsa") or "/usr/bin/varnishncsa", "-n", str(workdir), "-t", "off"]
        ncsa += ["-a", "-w", str(self.varnish_log_path), "-j", "-F", VARNISH_LOG_FORMAT]
        self.varnish_log = self._spawn("varnishncsa", ncsa)

    @property
    def varnish_log_path(self):
        return self.run_dir / "varnish-access.log"

    def app_log_path(self, index=0):
        return self.run_dir / f"gunicorn-{self.app_ports[index]}.log"

    def wait_for_varnish_log(self, deadline):
        """Until varnishncsa has attached: a request through Varnish shows in its log."""
        while True:
            with urllib.request.urlopen(f"{self.url}/robots.txt", timeout=5):  # noqa: S310 (loopback)
                pass
            time.sleep(0.05)
            if self.varnish_log_path.exists() and self.varnish_log_path.stat().st_size:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"varnishncsa wrote nothing; logs in {self.run_dir}")

    def wait_ready(self, timeout):
        """Until each node answers directly and Varnish answers through them."""
        deadline = time.monotonic() + timeout
        nodes = [self.app_url(i) for i in range(len(self.app_ports))]
        urls = [f"{base}/robots.txt" for base in [*nodes, self.url]]
        for url in urls:
            while True:
                self.check_alive()
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback)
                        if response.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{url} did not answer within {timeout} s; logs in {self.run_dir}")
                time.sleep(0.2)
        self.wait_for_varnish_log(deadline)

    def check_alive(self):
        for process in [*self.nodes, self.varnish, self.varnish_log, self.worker]:
            if process is not None and process.poll() is not None:
                name = Path(process.args[0]).name
                raise RuntimeError(f"{name} exited with {process.returncode}; logs in {self.run_dir}")

    def kill_node(self, index):
        process = self.nodes[index]
        process.kill()
        process.wait(timeout=10)
        self.nodes[index] = None

    def stop(self, graceful=True):
        """SIGTERM (requests and tasks under way finish), or SIGKILL when nothing needs to finish."""
        running = [self.varnish_log, self.varnish, self.worker, *self.nodes]
        processes = [p for p in running if p is not None and p.poll() is None]
        for process in processes:
            process.send_signal(signal.SIGTERM if graceful else signal.SIGKILL)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for handle in self.logs:
            handle.close()
        self.logs = []
