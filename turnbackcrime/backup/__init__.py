"""Backups that restore: one folder with the database, the media and a manifest of checksums.

`manage.py backup` and `manage.py restore` (`make backup`, `make restore`) are thin; the work
is here, one concern per module: `database` (pg_dump / SQLite's online backup), `media` (the
default storage, local folder or S3 bucket), `manifest` (SHA-256 of every file, code version),
`erasure_log` (what was erased, kept outside every backup and applied again on restore).
The core names no app: apps register what their erasures re-apply (`erasure_log.register`).
"""
