"""The erasure log: which records had their personal data erased, when and by whom.

It holds no personal data (a kind such as "pledge", the record's id, the time, the staff
user's id) and lives outside everything a backup holds (not in the database, not in the
media), so that `restore` can erase again what an older backup still contains.

Two places, chosen in settings (README "Erasure and backups"):
- `ERASURE_LOG`: a JSON-lines file, appended under an exclusive lock and synced to disk
  before the erase goes ahead. With several app nodes it must be on storage they share.
- `ERASURE_LOG_S3` (from `ERASURE_LOG_BUCKET`): one small object per erasure in a bucket,
  so any number of nodes write without a lock (S3 has no append, a new key never collides).

`record()` raises `ErasureLogUnavailable` when the entry cannot be stored: callers record
first and erase after, so no erasure ever goes unrecorded.
"""

import fcntl
import functools
import json
import logging
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

_reappliers = {}  # kind -> reapply(entries)


class ErasureLogUnavailable(Exception):
    """The erasure could not be recorded, so it must not happen."""


def register(kind, reapply):
    """Declare that `reapply(entries)` erases again the records of `kind` the log names."""
    _reappliers[kind] = reapply


def _entry(kind, object_id, user_id, at):
    at = at or datetime.now(UTC)
    return {"kind": kind, "id": object_id, "at": at.astimezone(UTC).isoformat(), "by": user_id}


def record(kind, object_id, user_id=None, at=None):
    """Store one erasure durably, or raise ErasureLogUnavailable."""
    entry = _entry(kind, object_id, user_id, at)
    try:
        if s3_options():
            _S3Log(s3_options()).append(entry)
        else:
            _FileLog(file_path()).append(entry)
    except Exception as error:
        logger.error("Erasure log not writable; %s %s not erased", kind, object_id, exc_info=True)
        raise ErasureLogUnavailable(
            f"The erasure log cannot be written ({error}); nothing was erased."
        ) from error
    return entry


def entries():
    """Every erasure recorded, oldest first."""
    log = _S3Log(s3_options()) if s3_options() else _FileLog(file_path())
    return sorted(log.read(), key=lambda entry: entry["at"])


def by_kind():
    """The log's entries grouped by kind; raises when no app re-applies one of the kinds."""
    grouped = {}
    for entry in entries():
        grouped.setdefault(entry["kind"], []).append(entry)
    unknown = set(grouped) - set(_reappliers)
    if unknown:
        raise ErasureLogUnavailable(f"No app re-applies erasures of kind {', '.join(sorted(unknown))}.")
    return grouped


def reapply():
    """Erase again every record the log names; returns {kind: number of entries}."""
    grouped = by_kind()
    for kind, found in grouped.items():
        _reappliers[kind](found)
    return {kind: len(found) for kind, found in grouped.items()}


def file_path():
    return Path(settings.ERASURE_LOG)


def s3_options():
    return getattr(settings, "ERASURE_LOG_S3", None) or None


def describe():
    """Where the log is, for messages (no secret)."""
    options = s3_options()
    if options:
        return f"s3://{options['bucket']}/{options.get('prefix', '')}"
    return str(file_path())


class _FileLog:
    def __init__(self, path):
        self.path = path

    def append(self, entry):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = (json.dumps(entry, sort_keys=True) + "\n").encode()
        # O_APPEND and one write() per line: writers on this machine never interleave; the lock
        # also covers shared file systems that honour it. fsync before the erase goes ahead.
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.write(fd, line) != len(line):
                raise OSError("short write")
            os.fsync(fd)
        finally:
            os.close(fd)

    def read(self):
        if not self.path.exists():
            return []
        found = []
        with open(self.path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    found.append(json.loads(line))
                except ValueError:
                    # A torn last line (a crash mid-write) is not an erasure that happened.
                    logger.warning("Erasure log %s: line %d unreadable, skipped", self.path, number)
        return found


@functools.cache
def _s3_client(endpoint_url, region_name, access_key, secret_key):
    """One client per configuration (making one loads botocore's service model: slow). Short
    timeouts: an erasure is written from a staff member's request in the admin, which must give
    its answer (the erasure or a clear refusal) before the app server's timeout, not hang on a
    bucket that drops packets (botocore's defaults: 60 s to connect, 60 s to read, retried)."""
    import boto3
    from botocore.config import Config

    config = Config(connect_timeout=3, read_timeout=10, retries={"mode": "standard", "total_max_attempts": 2})
    client_options = {"endpoint_url": endpoint_url, "region_name": region_name, "config": config}
    if access_key:
        client_options.update(aws_access_key_id=access_key, aws_secret_access_key=secret_key)
    return boto3.client("s3", **{key: value for key, value in client_options.items() if value})


class _S3Log:
    def __init__(self, options):
        self.bucket = options["bucket"]
        self.prefix = options.get("prefix", "")
        self.client = _s3_client(
            options.get("endpoint_url"),
            options.get("region_name"),
            options.get("access_key"),
            options.get("secret_key"),
        )

    def append(self, entry):
        stamp = entry["at"].replace(":", "").replace("-", "")
        key = f"{self.prefix}{stamp}-{uuid.uuid4().hex}.json"
        self.client.put_object(
            Bucket=self.bucket, Key=key, Body=json.dumps(entry).encode(), ContentType="application/json"
        )

    def read(self):
        found = []
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix):
            for item in page.get("Contents", []):
                body = self.client.get_object(Bucket=self.bucket, Key=item["Key"])["Body"].read()
                found.append(json.loads(body))
        return found
