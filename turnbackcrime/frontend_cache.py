"""Purge every URL that shows a changed page or snippet from the full-page cache.

Wagtail's frontend cache (`wagtail.contrib.frontend_cache`) sends the purges: HTTP PURGE
to Varnish, or CloudFront/Cloudflare, as configured in WAGTAILFRONTENDCACHE
(settings/base.py). Its `purge_urls_from_cache` enqueues a django-tasks task, so the
purges run in `manage.py db_worker` with the task queue's retries; we enqueue only after
the transaction commits, so no purge races the commit and refetches the old page.

What "shows" a page: the page in each of the four languages (its own translated slugs),
its cached sub-paths (feeds), its parent (the index, whose paginated and filtered pages
Varnish bans with it: deploy/varnish/default.vcl bans by path, whatever the query), the
home page, the pages it links to and the pages that link to it (Wagtail's reference
index: featured sections, related topics, embedded galleries), and the sitemap.

A snippet shows on the pages that reference it, on the home page, and on the pages its app
registers with `register_shown_on` (a partner on the pledge page and the partner news).
Site settings show on every page. The core names no app: apps register their snippets.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import translation
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import http_cache

PURGE_PRIORITY = 50  # django-tasks priorities run from -100 to 100; the default is 0
_shown_on = {}  # snippet model -> [(pages_for(instance) -> pages, when(instance) -> bool)]


def register_shown_on(model, pages_for, when=None):
    """Declare that `pages_for(instance)` lists the pages (beyond references) that show `model`.

    `when(instance)` says whether a save changes anything public (a new pending pledge does not).
    """
    _shown_on.setdefault(model, []).append((pages_for, when))
    uid = f"frontend-cache-{model._meta.label}"
    post_save.connect(_snippet_changed, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(_snippet_changed, sender=model, dispatch_uid=f"{uid}-delete")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def page_urls(page):
    """The full URLs of a page in every language, with its cached sub-paths (feeds)."""
    page = page.specific_deferred
    paths = page.get_cached_paths()
    urls = set()
    for language in languages():
        with translation.override(language):
            url = page.get_full_url()
        if url:
            urls.update(url + path.lstrip("/") for path in paths)
    return urls


def site_urls():
    """What every site shows outside its pages: the sitemap."""
    return {site.root_url.rstrip("/") + "/sitemap.xml" for site in Site.objects.all()}


def home_pages():
    return [site.root_page for site in Site.objects.select_related("root_page")]


def referencing_pages(obj):
    """Live pages whose content names `obj` (Wagtail's reference index)."""
    if obj.pk is None:
        return []
    references = ReferenceIndex.get_references_to(obj).group_by_source_object()
    return [source for source, _refs in references if isinstance(source, Page) and source.live]


def referenced_pages(page):
    """Live pages that `page` names (its related topics, its featured page…)."""
    ids = ReferenceIndex.get_references_for_object(page).filter(
        to_content_type__app_label="wagtailcore", to_content_type__model="page"
    )
    page_ids = [int(ref.to_object_id) for ref in ids if str(ref.to_object_id).isdigit()]
    return list(Page.objects.live().filter(pk__in=page_ids)) if page_ids else []


def pages_showing_page(page):
    pages = [page, *home_pages(), *referencing_pages(page), *referenced_pages(page)]
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
    return pages


def urls_for_pages(pages):
    urls = set()
    seen = set()
    for page in pages:
        if page.pk in seen:
            continue
        seen.add(page.pk)
        urls |= page_urls(page)
    return urls | site_urls()


def purge_urls_after_commit(urls):
    """Enqueue the purge (a django-tasks task) once the current transaction commits."""
    urls = sorted(urls)

    def enqueue():
        http_cache.content_changed()
        if urls:
            from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

            # Wagtail's own task (what its purge_urls_from_cache enqueues), ahead of the
            # queue's other work (search index, reference index): freshness first.
            purge_urls_from_cache_task.using(priority=PURGE_PRIORITY).enqueue(urls)

    transaction.on_commit(enqueue)


def purging():
    """Whether any purge backend is configured; without one only Last-Modified moves on."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return True
    transaction.on_commit(http_cache.content_changed)
    return False


def purge_page(page):
    if purging():
        purge_urls_after_commit(urls_for_pages(pages_showing_page(page)))


def purge_snippet(instance):
    registered = _shown_on.get(type(instance), ())
    if registered and not any(when is None or when(instance) for _pages_for, when in registered):
        return
    if not purging():
        return
    pages = [*home_pages(), *referencing_pages(instance)]
    for pages_for, _when in registered:
        pages.extend(pages_for(instance))
    purge_urls_after_commit(urls_for_pages(pages))


def purge_everything():
    """Every live page in every language: for what each page shows (site settings, the footer)."""
    if not purging():
        return
    purge_urls_after_commit(urls_for_pages(Page.objects.live().filter(depth__gt=1)))


def _page_published(sender, instance, **kwargs):
    purge_page(instance)


def _page_deleted(sender, instance, **kwargs):
    # Before the delete, while the page and its URLs still exist.
    if isinstance(instance, Page) and instance.depth > 1:
        purge_page(instance)


def _page_moving(sender, instance, **kwargs):
    # The old URLs of the page and everything under it, before the move changes them.
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    moved = [instance, *instance.get_descendants()]
    instance._frontend_cache_old_urls = urls_for_pages(moved + pages_showing_page(instance))


def _page_moved(sender, instance, **kwargs):
    if not purging():
        return
    old = getattr(instance, "_frontend_cache_old_urls", set())
    page = Page.objects.get(pk=instance.pk)
    purge_urls_after_commit(old | urls_for_pages([page, *page.get_descendants(), *pages_showing_page(page)]))


def _snippet_changed(sender, instance, **kwargs):
    purge_snippet(instance)


def _settings_changed(sender, instance, **kwargs):
    purge_everything()


def connect():
    page_published.connect(_page_published, dispatch_uid="frontend-cache-publish")
    page_unpublished.connect(_page_published, dispatch_uid="frontend-cache-unpublish")
    pre_delete.connect(_page_deleted, dispatch_uid="frontend-cache-delete")
    pre_page_move.connect(_page_moving, dispatch_uid="frontend-cache-moving")
    post_page_move.connect(_page_moved, dispatch_uid="frontend-cache-moved")
    from .models import SiteSettings

    post_save.connect(_settings_changed, sender=SiteSettings, dispatch_uid="frontend-cache-site-settings")
