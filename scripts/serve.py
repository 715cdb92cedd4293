"""`make serve`: the production stack on this machine until Ctrl-C.

Varnish on PORT (default 8080) in front of gunicorn on APP_PORT (default 8081), and the
task worker (`manage.py db_worker`: cache purges, email). Production settings; only
DATABASE_URL is required, the rest has local defaults (scripts/stack.py production_env).
"""

import os
import signal
import subprocess
import sys
import time

from scripts.stack import ROOT, Stack, production_env


def prepare(env, python):
    """Migrate, fill the translation columns, the demo content (DEMO=0 skips it), collectstatic."""
    commands = [
        ["migrate", "--noinput"],
        ["update_translation_fields", "--verbosity", "0"],
        ["collectstatic", "--noinput", "--verbosity", "0"],
    ]
    if os.environ.get("DEMO", "1") == "1":
        commands.insert(2, ["load_demo_content"])
    for command in commands:
        subprocess.run([python, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603


def main():
    port = int(os.environ.get("PORT", "8080"))
    app_port = int(os.environ.get("APP_PORT", "8081"))
    env = production_env(port)
    stack = Stack(
        port=port,
        app_ports=[app_port],
        env=env,
        run_dir=ROOT / "var" / "serve",
        workers=int(os.environ.get("WEB_CONCURRENCY", "2")),
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C, even when started in the background
    prepare(env, stack.python)
    prerender = None
    try:
        stack.start()
        # Image renditions in the background, as `make run` does; they stop with the stack.
        with open(stack.run_dir / "prerender.log", "ab") as log:
            prerender = subprocess.Popen(  # noqa: S603
                [stack.python, "manage.py", "prerender_images"], cwd=ROOT, env=env, stdout=log, stderr=log
            )
        print("Turn Back Crime (production stack) is serving.")
        print(f"  Site:   {stack.url}/  (also /fr/, /es/, /ar/)")
        print(f"  Admin:  {stack.url}/admin/")
        print(f"  App alone (gunicorn, no cache): {stack.app_url()}/")
        print(f"  Metrics (from this machine): {stack.app_url()}/metrics/")
        print(f"  Logs:   {stack.run_dir}/  (JSON: gunicorn-*.log the app, varnish-access.log the proxy)")
        if "SECRET_KEY" not in os.environ:
            print("  SECRET_KEY: made on the first run and kept in var/secret_key (local runs only).")
        print("Press Ctrl-C to stop.", flush=True)
        while True:
            stack.check_alive()
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        if prerender is not None and prerender.poll() is None:
            prerender.terminate()
            prerender.wait()
        stack.stop()
        print("Stopped.")


if __name__ == "__main__":
    main()
