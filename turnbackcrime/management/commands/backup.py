"""`manage.py backup` (`make backup`): one consistent backup of the database and the media."""

from django.core.management.base import BaseCommand, CommandError

from turnbackcrime.backup import actions, database, manifest


class Command(BaseCommand):
    help = "Back up the database (pg_dump, or SQLite's online backup) and the media, with a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", help="The backup's folder (must not exist); default BACKUP_DIR/<UTC time>/."
        )

    def handle(self, *args, output=None, **options):
        try:
            folder, written = actions.create_backup(output)
        except (
            actions.RestoreRefused,
            database.DatabaseError,
            FileExistsError,
            manifest.DamagedBackup,
        ) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backup written to {folder}: {written['database']['engine']} database, "
            f"{written['media']['files']} media files ({written['media']['storage']}), "
            f"code {written['code_version']}."
        )
