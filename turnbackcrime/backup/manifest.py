"""The manifest of a backup: every file with its SHA-256, the code version, time and engine.

`verify()` runs before a restore touches anything: a missing, extra or changed file is a
damaged backup, and the restore refuses it.
"""

import hashlib
import json
import subprocess  # noqa: S404 - git, with fixed arguments
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

NAME = "manifest.json"
FORMAT = 1


class DamagedBackup(Exception):
    """The backup's files are not those its manifest lists."""


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def files_in(folder):
    """Every file under `folder` but the manifest, as POSIX paths relative to it, sorted."""
    folder = Path(folder)
    found = (path for path in folder.rglob("*") if path.is_file())
    return sorted(
        path.relative_to(folder).as_posix() for path in found if path.name != NAME or path.parent != folder
    )


def code_version():
    """The git commit when the code is a checkout, else the project's version (pyproject.toml)."""
    base = Path(settings.BASE_DIR)
    try:
        commit = subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(base), "rev-parse", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        if commit:
            return f"git:{commit}"
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        with open(base / "pyproject.toml", "rb") as handle:
            return "version:" + tomllib.load(handle)["project"]["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"


def write(folder, database, media):
    """Checksum every file in `folder` and write the manifest beside them."""
    folder = Path(folder)
    manifest = {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "code_version": code_version(),
        "database": database,
        "media": media,
        "files": {name: sha256(folder / name) for name in files_in(folder)},
    }
    (folder / NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def read(folder):
    path = Path(folder) / NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DamagedBackup(f"{path} is missing: {folder} is not a complete backup.") from None
    except (OSError, ValueError) as error:
        raise DamagedBackup(f"{path} cannot be read ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or "files" not in manifest:
        raise DamagedBackup(f"{path} is not a backup manifest this version understands.")
    return manifest


def verify(folder):
    """The manifest, once every file matches it; else DamagedBackup naming what differs."""
    folder = Path(folder)
    manifest = read(folder)
    listed = manifest["files"]
    present = set(files_in(folder))
    problems = [f"missing: {name}" for name in sorted(set(listed) - present)]
    problems += [f"not in the manifest: {name}" for name in sorted(present - set(listed))]
    problems += [
        f"checksum differs: {name}"
        for name in sorted(set(listed) & present)
        if sha256(folder / name) != listed[name]
    ]
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise DamagedBackup(f"Backup {folder} is damaged ({shown}). Nothing was restored.")
    return manifest
