"""Translators (French): edit only French, through the real edit view; submit, never publish."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.forms import CheckboxInput

from campaigns.models import CrimeTheme


@pytest.fixture
def index(topic_index):
    """The demo's topic index: a page with plain translated fields (title, intro)."""
    assert topic_index.intro_en and topic_index.intro_fr
    return topic_index


@pytest.fixture
def french_translator(client, django_user_model):
    user = django_user_model.objects.create_user("traductrice", password="pw-12345-long")
    user.groups.add(Group.objects.get(name="Translators (French)"))
    client.force_login(user)
    return client


def post_data(form):
    """What a browser sends for the edit form as rendered: disabled fields are not sent."""
    data = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value = form[name].value()
        if isinstance(field.widget, CheckboxInput):
            if value:
                data[form.add_prefix(name)] = "on"
        elif value is not None:
            data[form.add_prefix(name)] = value
    for formset in form.formsets.values():
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
    return data


def edit(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response


def test_groups_exist_for_each_language(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Translators (French)", "Translators (Spanish)", "Translators (Arabic)"} <= names


def test_other_languages_are_read_only_in_the_editor(index, french_translator):
    response = edit(french_translator, index)
    form = response.context["form"]
    assert not form.fields["title_fr"].disabled and not form.fields["intro_fr"].disabled
    assert form.fields["title_en"].disabled and form.fields["intro_ar"].disabled
    html = response.content.decode()
    # The header menu offers the translator's own language for export, and the import.
    assert f"/admin/translations/export/?page={index.pk}&amp;language=fr&amp;format=xliff" in html
    assert "language=ar&amp;format=xliff" not in html
    assert f"/admin/translations/import/?page={index.pk}" in html
    assert 'name="title_en"' in html and "disabled" in html.split('name="title_en"')[1].split(">")[0]


def test_a_french_translator_saves_french_as_a_draft(index, french_translator):
    data = post_data(edit(french_translator, index).context["form"])
    data["intro_fr"] = "Connaître les risques, et agir."
    response = french_translator.post(f"/admin/pages/{index.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    draft = type(index).objects.get(pk=index.pk).get_latest_revision_as_object()
    assert draft.intro_fr == "Connaître les risques, et agir."
    assert draft.intro_en == index.intro_en


def test_english_or_arabic_posted_anyway_is_refused(index, french_translator):
    data = post_data(edit(french_translator, index).context["form"])
    data["intro_fr"] = "Changé"
    data["intro_en"] = "Changed by the translator"
    data["title_ar"] = "عنوان"
    response = french_translator.post(f"/admin/pages/{index.pk}/edit/", data)
    assert response.status_code == 200
    assert "You may only edit the French text" in response.content.decode()
    latest = type(index).objects.get(pk=index.pk).get_latest_revision_as_object()
    assert latest.intro_en == index.intro_en and latest.intro_fr == index.intro_fr


def test_a_translator_can_submit_for_moderation_but_not_publish(index, french_translator):
    data = post_data(edit(french_translator, index).context["form"])
    data["intro_fr"] = "Publié ?"
    french_translator.post(f"/admin/pages/{index.pk}/edit/", data | {"action-publish": "action-publish"})
    live = type(index).objects.get(pk=index.pk)
    assert live.intro_fr == index.intro_fr
    data["intro_fr"] = "Soumis à la modération"
    response = french_translator.post(
        f"/admin/pages/{index.pk}/edit/", data | {"action-submit": "action-submit"}
    )
    assert response.status_code == 302
    live = type(index).objects.get(pk=index.pk)
    assert live.intro_fr == index.intro_fr
    assert live.get_latest_revision_as_object().intro_fr == "Soumis à la modération"
    assert live.workflow_in_progress


def test_snippets_lock_the_same_way(demo_content, french_translator):
    group = Group.objects.get(name="Translators (French)")
    group.permissions.add(Permission.objects.get(codename="change_crimetheme"))
    theme = CrimeTheme.objects.order_by("pk").first()
    english = theme.name_en
    url = f"/admin/snippets/campaigns/crimetheme/edit/{theme.pk}/"
    data = post_data(french_translator.get(url).context["form"])
    assert "name_en" not in data and "slug" not in data  # read-only: not sent
    refused = french_translator.post(url, data | {"name_fr": "Nouveau nom", "name_en": "New name"})
    assert "You may only edit the French text" in refused.content.decode()
    assert french_translator.post(url, data | {"name_fr": "Nouveau nom"}).status_code == 302
    theme.refresh_from_db()
    assert theme.name_fr == "Nouveau nom" and theme.name_en == english
