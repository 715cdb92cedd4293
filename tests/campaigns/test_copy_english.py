"""Staff copy a page's English content into empty translations, as a draft."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from campaigns.models import TopicPage
from tests.factories import TopicPageFactory


@pytest.fixture
def english_only_topic(topic_index):
    topic = TopicPageFactory(
        parent=topic_index,
        title_en="Stay safe on the Internet",
        title_fr="Restez en sécurité sur Internet",
        slug_en="stay-safe",
        summary_en="Know the risks.",
        summary_fr="",
    )
    topic.body_en = [("heading", {"text": "What are the risks?", "level": "h2"})]
    topic.save_revision().publish()
    return topic


@pytest.mark.django_db
def test_copy_fills_empty_languages_as_a_draft(admin_client, english_only_topic, client):
    url = f"/admin/pages/{english_only_topic.pk}/copy-english/"
    edit = admin_client.get(f"/admin/pages/{english_only_topic.pk}/edit/")
    assert url in edit.content.decode()
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"languages": ["fr", "ar"]})
    assert response.status_code == 302
    draft = TopicPage.objects.get(pk=english_only_topic.pk).get_latest_revision_as_object()
    assert draft.summary_fr == "Know the risks."
    assert draft.summary_ar == "Know the risks."
    assert not draft.summary_es
    assert draft.title_fr == "Restez en sécurité sur Internet"  # already translated: kept
    assert [b.value["text"] for b in draft.body_ar] == ["What are the risks?"]
    # The copy is a draft: the public French page is unchanged until published.
    live = TopicPage.objects.get(pk=english_only_topic.pk)
    assert not live.summary_fr
    assert live.has_unpublished_changes


@pytest.mark.django_db
def test_copy_can_overwrite(admin_client, english_only_topic):
    admin_client.post(
        f"/admin/pages/{english_only_topic.pk}/copy-english/", {"languages": ["fr"], "overwrite": "on"}
    )
    draft = TopicPage.objects.get(pk=english_only_topic.pk).get_latest_revision_as_object()
    assert draft.title_fr == "Stay safe on the Internet"


@pytest.mark.django_db
def test_copy_needs_edit_permission(client, django_user_model, english_only_topic):
    user = django_user_model.objects.create_user("reader", password="pw-12345-long")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.post(f"/admin/pages/{english_only_topic.pk}/copy-english/", {"languages": ["fr"]})
    assert response.status_code in (302, 403)
    assert TopicPage.objects.get(pk=english_only_topic.pk).get_latest_revision_as_object().summary_fr in (
        "",
        None,
    )
    # An editor of the page may copy.
    GroupPagePermission.objects.create(
        group=group, page=english_only_topic.get_parent(), permission_type="change"
    )
    response = client.post(f"/admin/pages/{english_only_topic.pk}/copy-english/", {"languages": ["fr"]})
    assert response.status_code == 302
    assert (
        TopicPage.objects.get(pk=english_only_topic.pk).get_latest_revision_as_object().summary_fr
        == "Know the risks."
    )
