"""XLIFF and PO for snippets and site settings: round trips, a set by type and status, refusals, roles."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page

from campaigns.models import CrimeTheme
from partners.models import Partner
from translations.content import plain_text
from translations.exchange import exchange_fields, item_key
from translations.models import GlossaryTerm
from translations.registry import item_models

from .conftest import statuses

EXPORT = "/admin/translations/export/"
IMPORT = "/admin/translations/import/"


def snippet_models():
    return [m for m in item_models() if not issubclass(m, Page)]


def one_of_each():
    """The first object of every translated snippet and setting model that has English text."""
    chosen = []
    for model in snippet_models():
        for obj in model._default_manager.order_by("pk"):
            if any(plain_text(obj, name, "en") for name in exchange_fields(model)):
                chosen.append(obj)
                break
    return chosen


def key(obj):
    return item_key(obj).removeprefix("snippet-")


def export(client, query):
    response = client.get(f"{EXPORT}?{query}")
    assert response.status_code == 200, response.status_code
    return response.content


def upload(client, data, name="snippets.xlf", **fields):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, data), **fields})


def texts(obj, language):
    obj = type(obj)._default_manager.get(pk=obj.pk)
    return {name: plain_text(obj, name, language) for name in exchange_fields(type(obj))}


@pytest.mark.parametrize("file_format", ["xliff", "po"])
def test_every_snippet_type_round_trips(demo_content, admin_client, file_format):
    objects = one_of_each()
    labels = {obj._meta.label for obj in objects}
    assert {"campaigns.CrimeTheme", "partners.Partner", "turnbackcrime.SiteSettings"} <= labels
    before = {item_key(obj): texts(obj, "ar") for obj in objects}
    query = "&".join(f"snippet={key(obj)}" for obj in objects)
    data = export(admin_client, f"{query}&language=ar&format={file_format}")
    for obj in objects:
        assert item_key(obj).encode() in data
    assert b"default_share_image" not in data  # a translated image is no text
    response = upload(admin_client, data, name=f"snippets.{'po' if file_format == 'po' else 'xlf'}")
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert {item_key(obj): texts(obj, "ar") for obj in objects} == before


def test_missing_theme_texts_export_as_a_set_and_import_completes_them(demo_content, admin_client):
    themes = list(CrimeTheme.objects.order_by("pk")[:2])
    GlossaryTerm.objects.create(term=themes[0].name_en, rule=GlossaryTerm.TRANSLATE, translation_fr="Délit")
    for theme in themes:
        theme.description_fr = ""
        theme.save()
    assert {statuses(theme)["fr"].status for theme in themes} == {"missing"}
    theme_type = ContentType.objects.get_for_model(CrimeTheme).pk

    # The report, filtered by type, links the set; each cell links its snippet.
    report = admin_client.get("/admin/reports/translations/", {"content_type": theme_type}).content.decode()
    link = f"{EXPORT}?language=fr&amp;status=missing&amp;format=xliff&amp;type={theme_type}"
    assert link in report
    assert f"{EXPORT}?snippet={key(themes[0])}&amp;language=fr&amp;format=xliff" in report

    data = export(admin_client, f"language=fr&status=missing&type={theme_type}&format=po").decode()
    assert set(re.findall(r'msgctxt "([^:]+):', data)) == {item_key(theme) for theme in themes}
    assert f"#. Glossary: translate “{themes[0].name_en}” as “Délit”." in data
    for number, theme in enumerate(themes):
        data = re.sub(
            rf'(msgctxt "{item_key(theme)}:description"\nmsgid ".*"\nmsgstr )""',
            rf'\1"Description {number} en français."',
            data,
        )
    response = upload(admin_client, data.encode(), name="themes.po")
    assert response.status_code == 302, response.content.decode()[-1500:]
    for number, theme in enumerate(themes):
        theme.refresh_from_db()
        assert theme.description_fr == f"Description {number} en français."
        assert statuses(theme)["fr"].status == "complete"  # the report follows the import


def refused(client, data, message, name="x.xlf", **fields):
    response = upload(client, data, name=name, **fields)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html, html[-3000:]


def test_bad_files_are_refused_whole(demo_content, admin_client):
    first, second = CrimeTheme.objects.order_by("pk")[:2]
    names = {t.pk: t.name_fr for t in (first, second)}
    data = export(admin_client, f"snippet={key(first)}&snippet={key(second)}&language=fr").decode()
    # The second theme's name too long for its column: the first theme is not saved either.
    good_first = data.replace(f"<target>{first.name_fr}</target>", "<target>Nouveau</target>", 1)
    too_long = good_first.replace(f"<target>{second.name_fr}</target>", f"<target>{'x' * 81}</target>")
    refused(admin_client, too_long.encode(), f"Field “name_fr” of “{second}”")
    refused(admin_client, data.replace("crimetheme", "nosuchmodel").encode(), "not a snippet we translate")
    gone = data.replace(item_key(second), "snippet-campaigns.crimetheme-999999")
    refused(admin_client, gone.encode(), "campaigns.crimetheme 999999, which does not exist")
    refused(admin_client, data.encode(), "The file is for something else", snippet=key(first))
    # The English changed since the export.
    second.name_en += " (new)"
    second.save()
    refused(admin_client, good_first.encode(), "the English text changed since the export")
    assert {t.pk: t.name_fr for t in CrimeTheme.objects.filter(pk__in=names)} == names


@pytest.fixture
def french_translator(client, django_user_model):
    user = django_user_model.objects.create_user("traductrice", password="pw-12345-long")
    group = Group.objects.get(name="Translators (French)")
    user.groups.add(group)
    client.force_login(user)
    return client, group


def test_a_french_translator_exports_and_imports_french_only(demo_content, french_translator):
    client, group = french_translator
    partner = Partner.objects.exclude(description_en="").order_by("pk").first()
    query = f"snippet={key(partner)}&language=fr"
    assert client.get(f"{EXPORT}?{query}").status_code == 302  # no "change partner": nothing to export
    # Settings → Groups gives the translators "change" on partners.
    group.permissions.add(Permission.objects.get(codename="change_partner"))
    data = export(client, query)
    refused(
        client, data.replace(b'trgLang="fr"', b'trgLang="ar"'), "You may not save the Arabic translation of"
    )
    assert client.get(f"{EXPORT}?snippet={key(partner)}&language=ar").status_code == 302
    listing = client.get("/admin/snippets/partners/partner/").content.decode()
    assert f"{EXPORT}?snippet={key(partner)}&amp;language=fr&amp;format=xliff" in listing
    assert "language=ar&amp;format=xliff" not in listing
    assert f"{IMPORT}?snippet={key(partner)}" in listing
    edited = data.replace(f"<target>{partner.description_fr}</target>".encode(), b"<target>Soutien.</target>")
    response = upload(client, edited, snippet=key(partner))
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert response["Location"].endswith("#translate-fr")
    partner.refresh_from_db()
    assert partner.description_fr == "Soutien."
