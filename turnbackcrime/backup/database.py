"""The database part of a backup: pg_dump's custom format, or SQLite's online backup.

Both are consistent snapshots taken while the site runs: pg_dump reads one transaction's
view, SQLite's backup API copies pages under its own lock and restarts if a writer changes
them. A restore goes into an empty database (no table), unless forced, which drops every
table first.
"""

import os
import sqlite3
import subprocess  # noqa: S404 - pg_dump and pg_restore, with arguments we build
from pathlib import Path

POSTGRES_FILE = "database.dump"
SQLITE_FILE = "database.sqlite3"


class DatabaseError(Exception):
    """pg_dump or pg_restore failed, or the backup is of another engine."""


def engine(connection):
    if connection.vendor not in ("postgresql", "sqlite"):
        raise DatabaseError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def file_name(engine_name):
    return POSTGRES_FILE if engine_name == "postgresql" else SQLITE_FILE


def _pg_environ(settings_dict):
    """libpq's variables for the connection (the password never on a command line)."""
    environ = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
        "PGSSLMODE": (settings_dict.get("OPTIONS") or {}).get("sslmode"),
    }
    environ.update({name: str(value) for name, value in values.items() if value})
    return environ


def _run(command, settings_dict):
    environ = _pg_environ(settings_dict)
    result = subprocess.run(command, env=environ, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise DatabaseError(f"{command[0]} failed: {result.stderr.strip() or result.returncode}")


def dump(connection, folder):
    """Write the database into `folder`; returns the manifest's description of it."""
    name = engine(connection)
    target = Path(folder) / file_name(name)
    settings_dict = connection.settings_dict
    if name == "postgresql":
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target)],
            settings_dict,
        )
    else:
        source = sqlite3.connect(settings_dict["NAME"])
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    return {"engine": name, "file": target.name}


def is_empty(connection):
    return not connection.introspection.table_names()


def drop_everything(connection):
    """Empty the database (a forced restore into one that holds a site).

    On PostgreSQL the whole `public` schema goes (tables, sequences, and the search backend's
    functions), and comes back empty; the database's owner may do that. On SQLite every table.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
            cursor.execute("CREATE SCHEMA public")
            return
        cursor.execute("PRAGMA foreign_keys = OFF")
        for table in connection.introspection.table_names():
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)}")
        cursor.execute("PRAGMA foreign_keys = ON")
    connection.close()


def load(connection, folder, description):
    """Restore the backup's database into the (empty) database of `connection`."""
    name = engine(connection)
    if description.get("engine") != name:
        raise DatabaseError(
            f"The backup holds a {description.get('engine')} database; this site uses {name}. "
            "Restore it into the same engine (DATABASE_URL)."
        )
    source = Path(folder) / description["file"]
    settings_dict = connection.settings_dict
    connection.close()
    if name == "postgresql":
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
                settings_dict["NAME"],
                str(source),
            ],
            settings_dict,
        )
    else:
        backup = sqlite3.connect(source)
        target = sqlite3.connect(settings_dict["NAME"])
        try:
            backup.backup(target)
        finally:
            target.close()
            backup.close()
