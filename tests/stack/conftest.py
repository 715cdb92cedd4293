"""The real production stack for the page-cache tests: Varnish in front of two gunicorn
nodes, the task worker, a Redis of its own and media on a local S3 server (moto in server
mode, the demo snapshot's media copied into its bucket), on a committed copy of the demo
snapshot.

Started once per session (these tests carry the `stack` marker; `make test` runs them in
their own pytest run). The test process writes to the same database copy in autocommit
(no test transaction: the nodes must see the writes) and purges through Varnish as the
worker does. What a test changes it changes on purpose for the others not to read.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.core.cache import cache

from scripts.stack import ROOT, Stack, free_port, production_env
from tests.demo_snapshot import use_database
from tests.support.redis_server import RedisServer
from tests.support.s3 import public_read_bucket, start_moto
from turnbackcrime.settings.base import media_storage

# Collected once and kept between runs (collectstatic then copies only what changed).
STATIC_ROOT = ROOT / "var" / "test-stack-static"
BUCKET = "tbc-stack-media"


def start_s3(media):
    """A local S3 server (moto) with a public-read bucket, filled with the files under `media`.

    Returns (server, environ, filling): environ holds the AWS_* variables production builds
    its storage from; `filling` (a thread, joined before the tests) uploads the files
    while the rest of the stack starts.
    """
    import boto3

    server, endpoint = start_moto()
    environ = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "stack-key",
        "AWS_SECRET_ACCESS_KEY": "stack-secret",  # the local server's, not a secret
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    client = boto3.client(
        "s3",
        endpoint_url=environ["AWS_S3_ENDPOINT_URL"],
        aws_access_key_id=environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=environ["AWS_SECRET_ACCESS_KEY"],
        region_name=environ["AWS_S3_REGION_NAME"],
    )
    public_read_bucket(client, BUCKET)
    files = [path for path in Path(media).rglob("*") if path.is_file()]

    def fill():
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(
                pool.map(
                    lambda path: client.upload_file(str(path), BUCKET, str(path.relative_to(media))), files
                )
            )

    filling = threading.Thread(target=fill)
    filling.start()
    server.s3 = client
    return server, environ, filling


@pytest.fixture(scope="session")
def stack(demo_snapshot, django_db_blocker):
    """Varnish + nodes A and B + db_worker; yields the Stack with `.database`, `.s3` (a boto3
    client) and `.s3_environ` (the AWS_* variables of the nodes)."""
    run_dir = Path(tempfile.mkdtemp(prefix="tbc-stack-"))
    port = free_port()
    base = {
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "DATABASE_URL": "postgres://unused",
        "STATIC_ROOT": str(STATIC_ROOT),
    }
    # collectstatic (production's hashed, compressed files) while the database is copied.
    collectstatic = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=production_env(port, var_dir=run_dir, base=base),
    )
    # Both nodes keep media in one bucket, as on several machines.
    s3_server, s3_environ, s3_filling = start_s3(demo_snapshot.media)
    with django_db_blocker.unblock():
        database = demo_snapshot.copy("stack")
        with use_database(database):
            from django_tasks_db.models import DBTaskResult

            DBTaskResult.objects.all().delete()  # tasks left from building the demo: not this stack's
    redis = RedisServer().start()
    assert collectstatic.wait() == 0
    db = settings.DATABASES["default"]
    base = {
        "STATIC_ROOT": str(STATIC_ROOT),
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{database}",
        "REDIS_URL": redis.url,
        **s3_environ,
        "SERVE_MEDIA": "false",  # pages link to the bucket: no media request reaches the app
        "MEDIA_ROOT": str(run_dir / "no-media"),  # nothing may land here
        "TBC_VAR_DIR": str(run_dir),
        "SECRET_KEY": "stack-test-key-" + "x" * 40,
        "PLEDGE_MIN_SECONDS": "1",
    }
    env = production_env(port, var_dir=run_dir, base=base)
    stack = Stack(port=port, app_ports=[free_port(), free_port()], env=env, run_dir=run_dir, workers=1)
    stack.database = database
    stack.s3, stack.s3_environ = s3_server.s3, s3_environ
    stack.media_root = Path(base["MEDIA_ROOT"])
    try:
        stack.start()
        s3_filling.join()
        yield stack
    finally:
        stack.stop(graceful=False)
        redis.stop()
        s3_filling.join()
        s3_server.stop()
        with django_db_blocker.unblock():
            demo_snapshot.drop(database)
        if not os.environ.get("TBC_KEEP_STACK_LOGS"):  # set it to read the logs after a failure
            shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture
def on_stack_db(stack, django_db_blocker, settings):
    """The test process on the stack's database, in autocommit, purging through its Varnish."""
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": stack.url}
    }
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(stack.s3_environ)}
    with django_db_blocker.unblock(), use_database(stack.database):
        cache.clear()  # this process's site root paths and renditions belong to its own database
        yield stack
        cache.clear()


def get(url, **kwargs):
    return requests.get(url, timeout=30, allow_redirects=False, **kwargs)


def wait_until(check, timeout=1.0, interval=0.02):
    """Poll `check()` until it is true; returns the seconds it took (fails after `timeout`)."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not true within {timeout} s")
        time.sleep(interval)
