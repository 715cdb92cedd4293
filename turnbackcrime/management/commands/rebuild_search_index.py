"""Rebuild the per-language search index (and its word list) from every live page.

Publishing and unpublishing keep the index current; run this after restoring a
database, after changing what a page type indexes, or when search looks stale.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from turnbackcrime.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index of every live page in every language."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = rebuild()
        self.stdout.write(f"Search index: {count} entries.")
