"""Recompute every item's translation status, e.g. after changing the glossary.

Saves keep statuses current by themselves; this only re-reads what is there. It
never marks anything up to date: translations keep the English they were made from.
"""

from django.core.management.base import BaseCommand

from translations.registry import item_models
from translations.tracking import track_all


class Command(BaseCommand):
    help = "Recompute the translation status of every page and snippet (after a glossary change)."

    def handle(self, *args, **options):
        count = track_all(item_models())
        self.stdout.write(f"Translation status recomputed for {count} items.")
