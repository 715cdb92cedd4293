"""Import social posts from a JSON or CSV export. All rows are checked first; a file with any bad row is
refused whole (every bad row listed, exit code 1), so nothing is ever half-imported."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from social.importing import ImportFileError, check_rows, detect_format, plan_import, read_rows
from social.models import SocialPost


class ProgressBar:
    """A one-line text progress bar; redrawn in place on a terminal, every 10 % otherwise."""

    def __init__(self, stream, label, total, width=30):
        self.stream, self.label, self.total, self.width = stream, label, max(total, 1), width
        self.interactive = getattr(stream, "isatty", lambda: False)()
        self.last_shown = -1

    def update(self, done):
        tenth = done * 10 // self.total
        if not self.interactive and tenth == self.last_shown and done != self.total:
            return
        self.last_shown = tenth
        filled = self.width * done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"{self.label} [{bar}] {done}/{self.total}"
        self.stream.write(f"\r{line}" if self.interactive else line, ending="" if self.interactive else "\n")
        self.stream.flush()

    def finish(self):
        self.update(self.total)
        if self.interactive:
            self.stream.write("")


class Command(BaseCommand):
    help = (
        "Import social posts from a JSON (array or JSON Lines) or CSV export with the fields network, "
        "handle, text, link, posted_at and optionally language and image_url. Posts are matched by link: "
        "new ones are created (pending moderation unless --approve), changed ones updated, the rest skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the .json, .jsonl or .csv file.")
        parser.add_argument("--format", choices=["json", "csv"], help="Instead of the file name.")
        parser.add_argument("--approve", action="store_true", help="Approve new posts at once.")
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            file_format = detect_format(path, options["format"])
            text = path.read_text(encoding="utf-8-sig")
            rows = read_rows(text, file_format)
        except FileNotFoundError as error:
            raise CommandError(f"{path}: no such file.") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path}: not UTF-8 text ({error.reason}).") from error
        except ImportFileError as error:
            raise CommandError(f"{path}: {error}") from error

        progress = ProgressBar(self.stdout, "Checking ", len(rows))
        checked = check_rows(rows, on_progress=progress.update)
        progress.finish()
        if checked.errors:
            for line, reason in checked.errors:
                self.stderr.write(f"{path}, line {line}: {reason}")
            raise CommandError(
                f"{len(checked.errors)} bad row(s) out of {len(rows)}: nothing was imported. "
                "Fix the rows above and run the import again."
            )

        to_create, to_update, unchanged = plan_import(checked.posts)
        now = timezone.now()
        for post in to_update:
            post.updated_at = now  # bulk_update does not touch auto_now fields
        if options["approve"]:
            for post in to_create:
                post.status = SocialPost.Status.APPROVED
        batch = max(1, options["batch_size"])
        work = len(to_create) + len(to_update)
        progress = ProgressBar(self.stdout, "Importing", work)
        with transaction.atomic():
            done = 0
            for start in range(0, len(to_create), batch):
                chunk = to_create[start : start + batch]
                SocialPost.objects.bulk_create(chunk)
                done += len(chunk)
                progress.update(done)
            for start in range(0, len(to_update), batch):
                chunk = to_update[start : start + batch]
                SocialPost.objects.bulk_update(
                    chunk, ["network", "handle", "text", "posted_at", "language", "updated_at"]
                )
                done += len(chunk)
                progress.update(done)
        progress.finish()
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(rows)} row(s): {len(to_create)} created, {len(to_update)} updated, "
                f"{len(unchanged)} skipped (unchanged)."
            )
        )
