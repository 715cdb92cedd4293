"""Make the image renditions of every live page that shows images.

Publishing a page does this for that page (turnbackcrime.signals); run this
after changing PICTURE_SPECS, restoring a database without its media, or
importing pages, so that no visitor's request waits on image processing.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Page

BAR_WIDTH = 30


def progress_bar(done, total):
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = "Create the responsive image renditions of every live page (as publishing does)."

    def handle(self, *args, **options):
        pages = [page for page in Page.objects.live().specific() if hasattr(page, "prerender_images")]
        total = len(pages)
        if not total:
            self.stdout.write("No live page shows images: nothing to do.")
            return
        for done, page in enumerate(pages, start=1):
            page.prerender_images()
            self.stdout.write(f"{progress_bar(done, total)} {page.title}")
        self.stdout.write(self.style.SUCCESS(f"Renditions ready for {total} pages."))
