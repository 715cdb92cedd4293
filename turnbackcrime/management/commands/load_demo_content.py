"""Build the demo site in all four languages. Safe to run again: it only adds what is missing."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

# Demo builders run in this order: later ones link to pages the earlier made.
BUILDERS = [
    "turnbackcrime.demo.home",
    "campaigns.demo",
    "social.demo",
    "partners.demo",
    "stories.demo",
    "galleries.demo",
    # Last: the home page's sections point at what the builders above made.
    "turnbackcrime.demo.home_sections",
]


class DemoContext:
    """What builders share: the pages made so far and a log of what was created."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.created_items = []
        self.home = None
        self.site = None

    def created(self, what):
        self.created_items.append(what)
        self.stdout.write(f"  created {what}")


class Command(BaseCommand):
    help = "Load the demo content (home page, topics, stories, partners, galleries) in all languages."

    def handle(self, *args, **options):
        demo = DemoContext(self.stdout)
        with transaction.atomic():
            for dotted in BUILDERS:
                if not apps.is_installed(dotted.split(".")[0]):
                    continue
                import_module(dotted).build(demo)
        if demo.created_items:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(demo.created_items)} items created."))
        else:
            self.stdout.write("Demo content already present: nothing to add.")
