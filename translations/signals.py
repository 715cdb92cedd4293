"""Saves of pages (revisions and publishing), snippets and site settings update the tracking.

Connected for every model, filtered by modeltranslation's registry: no app has to
know about this one.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Revision

from .registry import tracked_fields
from .tracking import item_for, latest_content, track


def revision_saved(sender, instance, created, **kwargs):
    if kwargs.get("raw") or not created:
        return
    model = instance.content_type.model_class()
    if model is not None and tracked_fields(model):
        track(instance.as_object())


def content_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not tracked_fields(sender):
        return
    if isinstance(instance, Page):
        # save_revision() saves only bookkeeping fields: the revision handler tracks it.
        if update_fields is not None:
            return
        if instance.has_unpublished_changes and instance.latest_revision_id:
            instance = latest_content(instance)
    track(instance)


def content_deleted(sender, instance, **kwargs):
    if tracked_fields(sender) and not isinstance(instance, Page):  # pages' rows go with the page
        item = item_for(instance)
        if item is not None:
            item.delete()


def connect():
    post_save.connect(revision_saved, sender=Revision, dispatch_uid="translations-revision")
    post_save.connect(content_saved, dispatch_uid="translations-content")
    post_delete.connect(content_deleted, dispatch_uid="translations-delete")
