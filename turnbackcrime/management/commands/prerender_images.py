"""Make the image renditions of every live page that shows images, and of other models that have some.

Publishing a page does this for that page (turnbackcrime.signals); run this
after changing PICTURE_SPECS, restoring a database without its media, or
importing pages, so that no visitor's request waits on image processing.
`make run` starts it in the background after loading the demo (which defers
renditions); pages show their pictures as soon as they are made. Models other
than pages take part by having a `prerender_images()` method (partner logos).
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from wagtail.models import Page

BAR_WIDTH = 30


def progress_bar(done, total):
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = "Create the responsive image renditions of every live page (as publishing does)."

    def handle(self, *args, **options):
        items = [page for page in Page.objects.live().specific() if hasattr(page, "prerender_images")]
        for model in apps.get_models():
            if hasattr(model, "prerender_images") and not issubclass(model, Page):
                items += list(model.objects.all())
        total = len(items)
        if not total:
            self.stdout.write("No live page shows images: nothing to do.")
            return
        for done, item in enumerate(items, start=1):
            item.prerender_images()
            self.stdout.write(f"{progress_bar(done, total)} {item}")
        self.stdout.write(self.style.SUCCESS(f"Renditions ready for {total} pages and items."))
