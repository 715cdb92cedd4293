"""Rendered fragments cached across requests, never stale, never needed.

`{% fragment_cache "name" part… %}…{% end_fragment_cache %}` (site_tags) keeps
what it encloses in the default cache, keyed on the content version (a token
that changes in the same transaction as any publish, unpublish, move, delete,
image, setting or snippet change: `ContentVersion`), the language, the site and
the parts the template names (the page's id, the current section…). The
context the fragment reads is lazy (`django.utils.functional.SimpleLazyObject`
in `get_context`), so a hit skips its queries.

A cache that fails (Redis down) makes the fragment render as if uncached, and a
preview (`request.is_preview`) never reads or writes it: a draft must never
reach the public through the cache.
"""

import functools
import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from .request_memo import memoised, remember

logger = logging.getLogger(__name__)

KEY_PREFIX = "tbc-fragment"


def enabled():
    return getattr(settings, "FRAGMENT_CACHE", True)


def current_version():
    """The content version token (one query, once per request)."""
    from .models import ContentVersion

    def read():
        token = ContentVersion.objects.values_list("token", flat=True).first()
        return token or bump_version()

    return memoised("content_version", read)


def bump_version():
    """A new content version: every fragment cached before it is unreachable from now on."""
    from .models import ContentVersion

    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})
    # The rest of the request (read with its site, turnbackcrime.request_memo) sees it too.
    remember("content_version", token, replace=True)
    return token


def fragment_key(name, parts, site_id=None):
    raw = "\x1f".join(str(part) for part in parts)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:{current_version()}:{get_language()}:{site_id}:{name}:{digest}"


def cached_render(request, name, parts, render, timeout=None):
    """`render()`'s text, from the cache when it holds it for this version, language and parts."""
    if not enabled() or request is None or getattr(request, "is_preview", False):
        return render()
    site = getattr(request, "_wagtail_site", None)
    try:
        # Share links and feed links are absolute: the scheme and host are part of what is shown.
        parts = [request.scheme, request.get_host(), *parts]
        key = fragment_key(name, parts, getattr(site, "pk", None))
        found = cache.get(key)
    except Exception:  # noqa: BLE001 - any cache failure falls back to rendering
        logger.warning("Fragment cache unavailable; rendering %s", name, exc_info=True)
        return render()
    if found is not None:
        return found
    text = render()
    try:
        cache.set(key, text, timeout if timeout is not None else settings.FRAGMENT_CACHE_TIMEOUT)
    except Exception:  # noqa: BLE001
        logger.warning("Fragment cache unavailable; %s not stored", name, exc_info=True)
    return text


_MISSING = object()


def cached_value(request, name, parts, compute, timeout=None):
    """`compute()`'s value (picklable), kept like a fragment: once per request, and across requests
    under the content version, so any change to what it was computed from is seen at once."""

    def lookup():
        if not enabled() or request is None or getattr(request, "is_preview", False):
            return compute()
        site = getattr(request, "_wagtail_site", None)
        try:
            key = fragment_key(
                f"value:{name}", [request.scheme, request.get_host(), *parts], getattr(site, "pk", None)
            )
            # Wrapped in a tuple, so that a value of None is a hit too.
            found = cache.get(key, _MISSING)
        except Exception:  # noqa: BLE001 - any cache failure falls back to computing
            logger.warning("Fragment cache unavailable; computing %s", name, exc_info=True)
            return compute()
        if found is not _MISSING:
            return found[0]
        value = compute()
        try:
            cache.set(key, (value,), timeout if timeout is not None else settings.FRAGMENT_CACHE_TIMEOUT)
        except Exception:  # noqa: BLE001
            logger.warning("Fragment cache unavailable; %s not stored", name, exc_info=True)
        return value

    if request is not None and getattr(request, "is_preview", False):
        return compute()
    return memoised("\x1f".join(["value", name, str(get_language()), *map(str, parts)]), lookup)


# What public pages show: any change to one of these makes a new content version.
def _watched_models():
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.images.models import AbstractImage, AbstractRendition
    from wagtail.models import Collection, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (
        Page,
        PageViewRestriction,
        Site,
        Collection,
        AbstractImage,
        AbstractRendition,
        BaseSiteSetting,
        BaseGenericSetting,
        *get_snippet_models(),
    )


@functools.cache
def _is_part_of_a_page(model):
    """Inline rows of a page (a gallery's photos, a topic's related topics): a ParentalKey to a page."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    fields = model._meta.fields
    return any(isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in fields)


def _changed(sender, instance, created=False, **kwargs):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    if not isinstance(instance, models.Model):
        return
    if not isinstance(instance, _watched_models()) and not _is_part_of_a_page(type(instance)):
        return
    # Settings rows are created empty on first read (by a page being served): nothing shown changes.
    if created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return
    # A model may say a change cannot be public yet (a new pending pledge or post).
    changes_public = getattr(instance, "changes_public_pages", None)
    if changes_public is not None and not changes_public(created=created):
        return
    bump_version()


def _page_event(sender, instance=None, **kwargs):
    bump_version()


def connect():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_changed, dispatch_uid="tbc-fragments-save")
    post_delete.connect(_changed, dispatch_uid="tbc-fragments-delete")
    # Publishing and unpublishing save the page (post_save), but say so here too:
    # a publish whose save touched no watched row still changes what is public.
    page_published.connect(_page_event, dispatch_uid="tbc-fragments-publish")
    page_unpublished.connect(_page_event, dispatch_uid="tbc-fragments-unpublish")
    post_page_move.connect(_page_event, dispatch_uid="tbc-fragments-move")
