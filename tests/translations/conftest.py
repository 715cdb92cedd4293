"""The translations tests run on the shared demo copy (no page tree built per test)."""

import pytest

from campaigns.models import TopicIndexPage, TopicPage
from translations.models import TranslationStatus
from translations.tracking import item_for


@pytest.fixture
def topic(demo_content):
    """A demo topic, published in four languages, with rich text in its body (and no comma in its title)."""
    for page in TopicPage.objects.live().order_by("path"):
        if "," not in page.title_en and any(block.block_type == "paragraph" for block in page.body_en):
            return page
    raise AssertionError("the demo has a topic with a paragraph")


@pytest.fixture
def topic_index(demo_content):
    return TopicIndexPage.objects.get()


def statuses(obj):
    item = item_for(obj)
    return {s.language: s for s in TranslationStatus.objects.filter(item=item)}


def publish(page, **values):
    draft = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
