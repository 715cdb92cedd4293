"""Validate rendered HTML with the Nu Html Checker (the W3C validator's engine).

The checker is vnu.jar from the npm package `vnu-jar` (see package.json),
run as a local HTTP service for the test session: nothing leaves the machine.
"""

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

JAR = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def command(port):
    """The checker as an HTTP service on 127.0.0.1:`port`."""
    return [
        "java",
        "-Xss2m",
        "-Dnu.validator.servlet.bind-address=127.0.0.1",
        "-cp",
        str(JAR),
        "nu.validator.servlet.Main",
        str(port),
    ]


class NuHtmlChecker:
    """The checker of this test session: its own JVM, or the one `make test` shares among its
    pytest workers (TBC_HTML_CHECKER_PORT; a JVM's start takes about 12 s of CPU time)."""

    def __init__(self, port=None):
        self.shared = port is not None
        self.port = port or _free_port()
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/?out=json"

    def start(self, timeout=90):
        if self.shared:  # started by `make test` for every worker of the run: wait until it answers
            self.process = None
        else:
            if not JAR.exists():
                raise RuntimeError(f"{JAR} is missing: run `npm ci` (make test does).")
            self.process = subprocess.Popen(
                command(self.port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.messages("<!DOCTYPE html><html lang=en><title>x</title></html>")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                if self.process is not None and self.process.poll() is not None:
                    raise RuntimeError("The Nu Html Checker exited at start-up.") from None
                time.sleep(0.5)
        raise RuntimeError("The Nu Html Checker did not start in time.")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)

    def messages(self, html):
        body = html.encode() if isinstance(html, str) else html
        request = urllib.request.Request(
            self.url, data=body, headers={"Content-Type": "text/html; charset=utf-8"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["messages"]

    def errors(self, html):
        return [m for m in self.messages(html) if m.get("type") == "error"]

    def assert_valid(self, html, label="page"):
        if hasattr(html, "content"):  # a test client response
            html = html.content
        errors = self.errors(html)
        report = "\n".join(
            f"  line {e.get('lastLine')}: {e.get('message')} | {e.get('extract', '').strip()[:120]}"
            for e in errors
        )
        assert not errors, f"{label} is not valid HTML:\n{report}"


if __name__ == "__main__":
    # `python -m tests.html_validator PORT`: the checker in the foreground (the Makefile's, shared).
    import os
    import sys

    os.execvp("java", command(int(sys.argv[1])))  # noqa: S606 (our own fixed command)
