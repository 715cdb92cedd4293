"""Make a backup, restore one: the steps, in the order that keeps them safe.

A backup is written into `<folder>.partial` and renamed when complete, so a folder without
that suffix always holds a whole backup. A restore checks everything it can before it
changes anything: the checksums, the engine, an empty target (unless forced).
"""

import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from .. import fragments, frontend_cache
from . import database, erasure_log, manifest, media

logger = logging.getLogger(__name__)


class RestoreRefused(Exception):
    """The target is not empty, or the backup cannot go into it; nothing was changed."""


def default_folder():
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    return Path(settings.BACKUP_DIR) / stamp


def _inside(path, folder):
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True


def check_erasure_log_outside():
    """The erasure log must not be in what a backup holds, or a restore would roll it back too."""
    options = erasure_log.s3_options()
    if options:
        bucket = getattr(default_storage, "bucket_name", None)
        if bucket and options["bucket"] == bucket:
            raise RestoreRefused("ERASURE_LOG_BUCKET must not be the media bucket: backups copy the media.")
        return
    log = erasure_log.file_path()
    for folder, name in ((settings.MEDIA_ROOT, "MEDIA_ROOT"), (settings.BACKUP_DIR, "BACKUP_DIR")):
        if _inside(log, folder):
            raise RestoreRefused(f"ERASURE_LOG ({log}) must be outside {name} ({folder}).")


def create_backup(folder=None, using=DEFAULT_DB_ALIAS, storage=None):
    """Write one backup (database, then media, then the manifest) into `folder`."""
    check_erasure_log_outside()
    storage = storage or default_storage
    folder = Path(folder) if folder else default_folder()
    if folder.exists():
        raise FileExistsError(f"{folder} already exists; a backup never overwrites another.")
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        described_db = database.dump(connections[using], partial)
        described_media = media.copy_out(storage, partial)
        written = manifest.write(partial, described_db, described_media)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    os.replace(partial, folder)
    return folder, written


def restore_backup(folder, force=False, using=DEFAULT_DB_ALIAS, storage=None):
    """Restore `folder` into this site's database and media store; returns what was done."""
    storage = storage or default_storage
    connection = connections[using]
    found = manifest.verify(folder)
    target_engine = database.engine(connection)
    if found["database"].get("engine") != target_engine:
        raise RestoreRefused(
            f"The backup holds a {found['database'].get('engine')} database and this site uses "
            f"{target_engine}; set DATABASE_URL to a database of the backup's engine."
        )
    check_erasure_log_outside()
    # Read now: an unreadable log stops the restore before it changes anything.
    erasure_log.by_kind()
    if not force:
        full = []
        if not database.is_empty(connection):
            full.append(f"the database {connection.settings_dict['NAME']} is not empty")
        if not media.is_empty(storage):
            full.append("the media store is not empty")
        if full:
            raise RestoreRefused(
                f"Refused: {' and '.join(full)}. Restore into a new, empty database and an empty "
                "MEDIA_ROOT or bucket, or pass --force (make restore FORCE=1) to replace what they hold."
            )
    else:
        database.drop_everything(connection)
        media.delete_everything(storage)
    database.load(connection, folder, found["database"])
    media.copy_in(storage, folder, found["files"])
    return {"manifest": found, **after_restore(using)}


def after_restore(using=DEFAULT_DB_ALIAS):
    """What a restored site needs before it serves: schema, erasures, no stale caches."""
    connection = connections[using]
    connection.close()
    executor = MigrationExecutor(connection)
    migrated = bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    if migrated:
        # A backup of older code: its schema moves on, and new translation columns are filled.
        call_command("migrate", database=using, interactive=False, verbosity=0)
        call_command("update_translation_fields", verbosity=0)
    erased = erasure_log.reapply()
    # Fragment caches are keyed on the content version; Varnish is purged page by page
    # (through the task queue) when a purge backend is configured; the rest of the cache
    # (rendition lookups, Last-Modified) may describe other rows than those restored.
    ContentType.objects.clear_cache()
    fragments.bump_version()
    try:
        cache.clear()
    except Exception:  # noqa: BLE001 - a cache outage must not fail a finished restore
        logger.warning("Could not clear the cache after the restore", exc_info=True)
    frontend_cache.purge_everything()
    return {"migrated": migrated, "erased": erased}
