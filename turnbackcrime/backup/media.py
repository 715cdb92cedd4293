"""The media part of a backup: every file of the default storage, copied through its API.

The same code reads a local MEDIA_ROOT and an S3 bucket (django-storages' S3Storage under
AWS_LOCATION), so a backup of one restores into the other too. Files are copied after the
database dump: an upload made in between is a file no restored row names, never a row
without its file (Wagtail never rewrites a file under the same name).
"""

import hashlib
import shutil
from pathlib import Path

from django.core.files import File

FOLDER = "media"


class MediaError(Exception):
    """A file could not be restored under its own name."""


def walk(storage, path=""):
    """Every file name in `storage`, recursively."""
    try:
        folders, files = storage.listdir(path)
    except FileNotFoundError:  # a local MEDIA_ROOT not made yet is an empty store
        return
    for name in files:
        yield f"{path}{name}"
    for folder in folders:
        yield from walk(storage, f"{path}{folder}/")


def kind(storage):
    return "s3" if hasattr(storage, "bucket_name") else "local"


def is_empty(storage):
    return next(walk(storage), None) is None


def copy_out(storage, folder):
    """Copy every file of `storage` into `folder`/media; the manifest's description of them."""
    target = Path(folder) / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for name in walk(storage):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, open(destination, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        count += 1
    return {"storage": kind(storage), "files": count}


def delete_everything(storage):
    for name in list(walk(storage)):
        storage.delete(name)


def copy_in(storage, folder, names):
    """Save each of `names` (paths under media/) to `storage` under the same name."""
    prefix = f"{FOLDER}/"
    for listed in names:
        if not listed.startswith(prefix):
            continue
        name = listed[len(prefix) :]
        with open(Path(folder) / listed, "rb") as handle:
            saved = storage.save(name, File(handle, name=name))
        if saved != name:
            raise MediaError(f"{name} was stored as {saved}: the media store was not empty.")


def checksums(storage):
    """{name: SHA-256} of every file in `storage` (what the restore drill compares)."""
    found = {}
    for name in walk(storage):
        digest = hashlib.sha256()
        with storage.open(name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        found[name] = digest.hexdigest()
    return found
