"""Fetch every active social feed (meant for cron, e.g. every 15 minutes).

New posts are saved pending moderation. A source that fails is reported here and
on its admin page; the others are still fetched, and the exit code is 1.
"""

from django.core.management.base import BaseCommand, CommandError

from social.feeds import fetch_all
from social.models import SocialFeedSource


class Command(BaseCommand):
    help = "Fetch the active RSS/Atom social feeds; new posts wait for moderation."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=15, help="Seconds to wait for each feed.")

    def handle(self, *args, **options):
        sources = list(SocialFeedSource.objects.filter(active=True).order_by("pk"))
        if not sources:
            self.stdout.write("No active social feeds to fetch.")
            return
        failed = fetch_all(sources, timeout=options["timeout"], report=self.report)
        if failed:
            raise CommandError(
                f"{len(failed)} of {len(sources)} feed(s) failed: {', '.join(s.name for s in failed)}."
            )
        self.stdout.write(self.style.SUCCESS(f"{len(sources)} feed(s) fetched."))

    def report(self, source, result, error):
        if error is not None:
            self.stderr.write(f"{source.name} ({source.feed_url}): {error}")
        else:
            self.stdout.write(
                f"{source.name}: {result.created} new, {result.known} already known, "
                f"{result.skipped} without link or text."
            )
