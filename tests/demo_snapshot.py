"""The demo site built once and copied: a snapshot of its database and media.

`load_demo_content` takes about a minute (most of it making image renditions), and a
few dozen tests want the demo site. So the first test that needs it builds a snapshot
(`load_demo_content`, then `prerender_images`, media in a folder of its own) and every
other test gets a copy: `CREATE DATABASE … TEMPLATE` on PostgreSQL, a file copy on SQLite.

The snapshot is keyed by a hash of what the demo is made from (every migration, every
file with a `demo` part in its path under an app folder, the demo and prerender
commands), globbed so that new files count. With `--reuse-db` a snapshot whose key
still matches is used again; otherwise each test session builds it once, whichever
xdist worker gets there first (the others wait on a file lock).

`make test` and `make test-fast` start `tests/build_demo_snapshot.py` in the background
first (`prebuild`): it builds the snapshot while lint and the checks run, under the same
lock and with the same run id, so the workers find it ready (or wait for the rest of it);
if it fails or is killed, the first worker builds it as before.
"""

import fcntl
import hashlib
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import override_settings

REPO = Path(__file__).resolve().parent.parent
NOT_APPS = {"tests", "var", "node_modules", "test-artifacts", "scripts"}
# The demo commands, and the search indexing that load_demo_content runs (its index is in the snapshot).
COMMANDS = {"load_demo_content.py", "prerender_images.py", "rebuild_search_index.py", "indexing.py"}
# One id per test run, shared by xdist workers: "built in this session" means this id.
# `make test` sets TBC_TEST_RUN_ID for both of its pytest runs (parallel, then browser),
# so the browser run uses the snapshot the first one built.
RUN_ID = os.environ.get("TBC_TEST_RUN_ID") or os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex


def is_demo_input(relative):
    parts = relative.parts
    if "__pycache__" in parts or relative.suffix in (".pyc", ".mo"):
        return False
    if len(parts) >= 3 and parts[-2] == "migrations" and relative.suffix == ".py":
        return True
    return relative.name in COMMANDS or any(part.startswith("demo") for part in parts[1:])


def demo_inputs():
    """Every file the demo snapshot is made from, relative to the repository."""
    apps = [p for p in REPO.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name not in NOT_APPS]
    files = (path.relative_to(REPO) for app in apps for path in app.rglob("*") if path.is_file())
    return sorted(path for path in files if is_demo_input(path))


def demo_key():
    digest = hashlib.sha256()
    for relative in demo_inputs():
        digest.update(str(relative).encode() + b"\0" + (REPO / relative).read_bytes() + b"\0")
    # Installed apps and pinned dependencies bring migrations of their own (axes, django-otp…).
    digest.update("\0".join(settings.INSTALLED_APPS).encode() + (REPO / "requirements.txt").read_bytes())
    return digest.hexdigest()[:12]


@contextmanager
def use_database(name):
    """Point the default connection (and every thread that connects after) at database `name`."""
    connection = connections["default"]
    if connection.in_atomic_block:
        raise RuntimeError("The demo copy must be set up before the test's transaction: list it before `db`.")
    previous = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    ContentType.objects.clear_cache()
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = previous
        ContentType.objects.clear_cache()


@contextmanager
def file_lock(path):
    """An exclusive lock on `path` shared by every process of the run (xdist workers, the prebuild)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class PostgresDatabases:
    """Databases on the server, cloned with CREATE DATABASE … TEMPLATE (no one may be connected)."""

    def __init__(self, connection):
        self.connection = connection
        self.quote = connection.ops.quote_name

    def _run(self, sql, params=None):
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def name(self, base, suffix):
        return f"{base}_{suffix}"

    def exists(self, name):
        return bool(self._run("SELECT 1 FROM pg_database WHERE datname = %s", [name]))

    def clone(self, source, target):
        self._run(f"CREATE DATABASE {self.quote(target)} TEMPLATE {self.quote(source)}")

    def drop(self, name):
        self._run(f"DROP DATABASE IF EXISTS {self.quote(name)} WITH (FORCE)")

    def rename(self, old, new):
        self._run(f"ALTER DATABASE {self.quote(old)} RENAME TO {self.quote(new)}")

    def others(self, base, keep):
        rows = self._run("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{base}\\_demo\\_%"])
        return [name for (name,) in rows if name != keep]


class SqliteDatabases:
    """Database files, cloned by copying (the test database is a file, see settings/test.py)."""

    def name(self, base, suffix):
        return f"{base}.{suffix}"

    def exists(self, name):
        return Path(name).exists()

    def clone(self, source, target):
        shutil.copyfile(source, target)

    def drop(self, name):
        Path(name).unlink(missing_ok=True)

    def rename(self, old, new):
        os.replace(old, new)

    def others(self, base, keep):
        return [str(p) for p in Path(base).parent.glob(f"{Path(base).name}.demo_*") if str(p) != keep]


def databases_for(connection):
    return PostgresDatabases(connection) if connection.vendor == "postgresql" else SqliteDatabases()


class MigratedTemplate:
    """The test database as the migrations leave it, made once per run and cloned for each worker.

    `migrate` takes about 30 s of CPU time; with it once per run instead of once per xdist
    worker (and once more for the demo snapshot), each worker's database is a copy made in a
    fraction of a second. `make test`'s prebuild makes it first, so the workers, which start
    after lint and the checks, find it ready.
    """

    def __init__(self, base):
        connection = connections["default"]
        self.databases = databases_for(connection)
        self.name = self.databases.name(base, "migrated")
        folder = Path(settings.VAR_DIR) / "test-demo"
        self.stamp = folder / f"{Path(base).name}.migrated-in-run"
        self.lock_path = folder / f"{Path(base).name}.migrated.lock"

    def lock(self):
        return file_lock(self.lock_path)

    def ready(self):
        return self.stamp.exists() and self.stamp.read_text() == RUN_ID and self.databases.exists(self.name)

    def build(self):
        """`create_test_db` under this template's name (migrate), then the translation columns."""
        connection = connections["default"]
        original_name = connection.settings_dict["NAME"]
        test_settings = connection.settings_dict.setdefault("TEST", {})
        test_name = test_settings.get("NAME")
        test_settings["NAME"] = self.name
        try:
            connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
            call_command("update_translation_fields", verbosity=0)
        finally:
            connection.close()
            test_settings["NAME"] = test_name
            connection.settings_dict["NAME"] = original_name
            settings.DATABASES["default"]["NAME"] = original_name
        self.stamp.write_text(RUN_ID)

    def ensure(self):
        with self.lock():
            if not self.ready():
                self.build()
        return self

    def clone(self, target):
        """A fresh copy of the template as `target` (PostgreSQL copies it while no one is connected
        to it; several copies at once are fine)."""
        self.databases.drop(target)
        self.databases.clone(self.name, target)


def setup_worker_database(keepdb):
    """This worker's test database, a copy of the migrated template (or kept, with --reuse-db);
    the default connection pointed at it, as Django's create_test_db leaves it. Returns the
    config for `django.test.utils.teardown_databases`."""
    from django.test.utils import setup_databases

    connection = connections["default"]
    target = connection.creation._get_test_db_name()
    original_name = connection.settings_dict["NAME"]
    databases = databases_for(connection)
    if keepdb and databases.exists(target):
        config = setup_databases(
            0, interactive=False, keepdb=True, aliases={"default"}, serialized_aliases=set()
        )
        call_command("update_translation_fields", verbosity=0)
        return config
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    base = target[: -len(worker) - 1] if worker and target.endswith(f"_{worker}") else target
    template = MigratedTemplate(base).ensure()
    connection.close()
    template.clone(target)
    connection.settings_dict["NAME"] = target
    settings.DATABASES["default"]["NAME"] = target
    return [(connection, original_name, True)]


class DemoSnapshot:
    """The snapshot of this database configuration and demo key, and the copies made of it."""

    def __init__(self, base=None):
        """`base`: the test database's name without a worker's suffix (default: from this worker's)."""
        connection = connections["default"]
        self.databases = databases_for(connection)
        self.worker_db = connection.settings_dict["NAME"]
        worker = os.environ.get("PYTEST_XDIST_WORKER")
        if base is None:
            base = self.worker_db
            if worker and base.endswith(f"_{worker}"):
                base = base[: -len(worker) - 1]
        self.base = base
        self.key = demo_key()
        self.name = self.databases.name(base, f"demo_{self.key}")
        self.folder = Path(settings.VAR_DIR) / "test-demo" / f"{Path(base).name}-{self.key}"
        self.media = self.folder / "media"
        self.stamp = self.folder / "built-in-run"
        self.lock_path = Path(settings.VAR_DIR) / "test-demo" / f"{Path(base).name}.lock"
        self._media_copied = False

    def lock(self):
        return file_lock(self.lock_path)

    def ready(self, reuse):
        if not (self.stamp.exists() and self.databases.exists(self.name)):
            return False
        return reuse or self.stamp.read_text() == RUN_ID

    def ensure(self, reuse):
        with self.lock():
            if not self.ready(reuse):
                self.build()
        return self

    def build(self):
        """Clone this worker's freshly migrated database and load the demo into the clone.

        The worker database is still as migrations left it: tests that write roll back
        and the browser tests write to their own copy, never to it.
        """
        for stale in self.databases.others(self.base, keep=self.name):
            self.databases.drop(stale)
        for stale in self.folder.parent.glob(f"{Path(self.base).name}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.folder.mkdir(parents=True)
        building = self.databases.name(self.base, "demo_building")
        self.databases.drop(building)
        connections["default"].close()
        self.databases.clone(self.worker_db, building)
        with use_database(building), override_settings(MEDIA_ROOT=self.media):
            call_command("load_demo_content", verbosity=0, stdout=StringIO())
            call_command("prerender_images", verbosity=0, stdout=StringIO())
        cache.clear()  # renditions and site root paths cached while building
        self.databases.drop(self.name)
        self.databases.rename(building, self.name)
        self.stamp.write_text(RUN_ID)

    def copy(self, suffix):
        """A fresh copy of the snapshot for this worker, its media beside this worker's own."""
        target = self.databases.name(self.worker_db, suffix)
        with self.lock():
            self.databases.drop(target)
            self.databases.clone(self.name, target)
        if not self._media_copied:
            shutil.copytree(self.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
            self._media_copied = True
        return target

    def drop(self, name):
        self.databases.drop(name)


def prebuild(reuse):
    """Build the snapshot outside pytest, as the first worker would, before the workers start.

    The snapshot is made from a freshly migrated database, as pytest-django creates a worker's
    (`<test database>_prebuild`, dropped after). The lock is held from the first check to the
    end, so a worker that needs the snapshot meanwhile waits for it instead of building it too.
    Returns what happened, for the log.
    """
    from django.test.utils import setup_test_environment
    from django.utils import translation

    connection = connections["default"]
    base = connection.creation._get_test_db_name()  # what pytest-django names it, before a worker's suffix
    snapshot = DemoSnapshot(base=base)
    started = time.monotonic()
    with snapshot.lock():
        if snapshot.ready(reuse):
            return f"demo snapshot {snapshot.key}: ready already"
        setup_test_environment()
        translation.activate(settings.LANGUAGE_CODE)
        template = MigratedTemplate(base).ensure()
        migrated = time.monotonic() - started
        try:
            snapshot.worker_db = template.name  # copied from (no one connects to the template)
            snapshot.build()
        finally:
            connection.close()
    return (
        f"demo snapshot {snapshot.key}: built in {time.monotonic() - started:.1f} s"
        f" (the migrated template in {migrated:.1f} s)"
    )
