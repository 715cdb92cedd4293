"""`manage.py restore FOLDER` (`make restore BACKUP=…`): a backup into an empty database and media store."""

from django.core.management.base import BaseCommand, CommandError

from turnbackcrime.backup import actions, database, erasure_log, manifest, media


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into an empty database and media store, "
        "after checking its checksums, then erase again what the erasure log names."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The backup's folder (the one holding manifest.json).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace what the database and media store hold (every table and file is deleted first).",
        )

    def handle(self, *args, folder, force=False, **options):
        try:
            done = actions.restore_backup(folder, force=force)
        except (
            manifest.DamagedBackup,
            actions.RestoreRefused,
            database.DatabaseError,
            media.MediaError,
            erasure_log.ErasureLogUnavailable,
        ) as error:
            raise CommandError(str(error)) from error
        found = done["manifest"]
        erased = ", ".join(f"{count} {kind}" for kind, count in sorted(done["erased"].items())) or "none"
        self.stdout.write(
            f"Restored {folder} (made {found['created_at']} by code {found['code_version']}): "
            f"{found['database']['engine']} database, {found['media']['files']} media files. "
            f"Migrations applied: {'yes' if done['migrated'] else 'none needed'}. "
            f"Erasures applied again from {erasure_log.describe()}: {erased}."
        )
