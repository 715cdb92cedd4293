"""Build the demo site in all four languages. Safe to run again: it only adds what is missing.

The content is data: `<app>/demo/*.yaml`, read by turnbackcrime.demo.loader.
Image renditions are left to `manage.py prerender_images` (`make run` starts it
in the background), so the first load stays quick.
"""

from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from turnbackcrime.demo.loader import DemoDataError, load_demo_files
from turnbackcrime.images import defer_renditions
from turnbackcrime.search.indexing import defer_indexing, index_is_empty

# The apps whose `demo/` data files load, in this order (an entry that refers to
# a later one waits for it). The home app wires the demo site, as it wires the site;
# the core brings its search synonyms.
DEMO_APPS = [
    # First: the translators' glossary, so each page is checked against it as it is saved.
    "translations",
    "turnbackcrime",
    "home",
    "campaigns",
    "social",
    "partners",
    "stories",
    "galleries",
    "events",
    "national",
]


def demo_files():
    files = []
    for label in DEMO_APPS:
        if apps.is_installed(label):
            files += sorted((Path(apps.get_app_config(label).path) / "demo").glob("*.yaml"))
    return files


class Command(BaseCommand):
    help = "Load the demo content (home page, topics, stories, partners, galleries) in all languages."

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 1 else None
        try:
            with transaction.atomic(), defer_renditions(), defer_indexing():
                created = load_demo_files(demo_files(), log=log)
        except DemoDataError as exc:
            raise CommandError(f"Demo content not loaded: {exc}") from exc
        # Indexed once at the end rather than page by page while loading.
        if created or index_is_empty():
            call_command("rebuild_search_index", verbosity=options["verbosity"], stdout=self.stdout)
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write("Demo content already present: nothing to add.")
