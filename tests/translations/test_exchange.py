"""XLIFF 2.0 and PO export and import: round trips on the demo content, and every refusal."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page

from translations.content import plain_text
from translations.registry import TARGETS, tracked_fields

EXPORT = "/admin/translations/export/"
IMPORT = "/admin/translations/import/"


def translatable_pages():
    return [
        p for p in Page.objects.filter(depth__gt=1).specific().order_by("path") if tracked_fields(type(p))
    ]


def sample_pages():
    """One demo page of each type with a body (StreamField text, rich text, questions), and the home page."""
    chosen = {}
    for page in translatable_pages():
        if type(page) not in chosen and (page.depth == 2 or getattr(page, "body_en", None)):
            chosen[type(page)] = page
    return list(chosen.values())


def export(client, pages, language, file_format="xliff"):
    query = "&".join(f"page={p.pk}" for p in pages)
    response = client.get(f"{EXPORT}?{query}&language={language}&format={file_format}")
    assert response.status_code == 200
    return response.content


def upload(client, data, name="translation.xlf", **fields):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, data), **fields})


def texts(page, language):
    return {name: plain_text(page, name, language) for name in tracked_fields(type(page))}


@pytest.mark.parametrize("language", TARGETS)
def test_xliff_round_trip_gives_drafts_with_identical_text(demo_content, admin_client, language):
    pages = sample_pages()
    assert len(pages) >= 3
    before = {p.pk: texts(p, language) for p in pages}
    data = export(admin_client, pages, language)
    assert data.count(b"<file ") == len(pages)
    assert b'<pc id="' in data  # rich text markup as inline codes
    response = upload(admin_client, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    for page in pages:
        page = Page.objects.get(pk=page.pk).specific
        assert page.has_unpublished_changes  # a draft; the live page keeps its text
        assert texts(page.get_latest_revision_as_object(), language) == before[page.pk], page.title


def test_po_round_trip_and_a_translated_segment(demo_content, admin_client):
    story = next(p for p in translatable_pages() if "Wipeout" in (getattr(p, "operation_name_en", "") or ""))
    data = export(admin_client, [story], "es", "po").decode()
    assert "#. Glossary: translate “Operation Wipeout” as “Operación Wipeout”." in data
    data = re.sub(r'(msgctxt "page-\d+:summary"\nmsgid ".*"\nmsgstr )".*"', r'\1"Un resumen nuevo."', data)
    response = upload(admin_client, data.encode(), name="story.po", page=story.pk)
    assert response.status_code == 302, response.content.decode()[-1500:]
    draft = Page.objects.get(pk=story.pk).specific.get_latest_revision_as_object()
    assert draft.summary_es == "Un resumen nuevo."
    assert Page.objects.get(pk=story.pk).specific.summary_es != "Un resumen nuevo."  # not published
    assert texts(draft, "es")["body"] == texts(story, "es")["body"]


@pytest.fixture
def two_pages(demo_content):
    pages = [p for p in translatable_pages() if "body" in tracked_fields(type(p)) and p.body_en][:2]
    assert len(pages) == 2
    return pages


def refused(client, data, message, **fields):
    response = upload(client, data, **fields)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html, html[-3000:]
    return html


def test_every_refusal_names_the_problem_and_imports_nothing(two_pages, admin_client):
    first, second = two_pages
    revisions = {p.pk: p.latest_revision_id for p in two_pages}
    data = export(admin_client, two_pages, "fr").decode()

    form = admin_client.get(f"{IMPORT}?page={second.pk}").content.decode()
    assert f'name="page" value="{second.pk}"' in form  # from the page's header menu: that page only
    refused(admin_client, b"<xliff", "The file is not valid XML")
    refused(
        admin_client, data.replace('trgLang="fr"', 'trgLang="de"').encode(), "is not one we translate into"
    )
    refused(admin_client, data.encode(), "The file is in “fr”, not “ar”.", language="ar")
    only_first = export(admin_client, [first], "fr")
    refused(admin_client, only_first, "The file is for another page", page=second.pk)
    missing_page = only_first.replace(f'id="page-{first.pk}"'.encode(), b'id="page-999999"')
    refused(admin_client, missing_page, "page 999999, which does not exist")

    # Broken markup in the second page (a code the English does not have); the first page is fine.
    head, tail = data.split(f'<file id="page-{second.pk}"', 1)
    chunks = tail.split("<segment ")
    index = next(i for i, chunk in enumerate(chunks) if '<target><pc id="' in chunk)
    segment_id = re.match(r'id="([^"]+)"', chunks[index]).group(1)
    chunks[index] = re.sub(r'<target><pc id="[^"]+"', '<target><pc id="bogus"', chunks[index])
    broken = head + f'<file id="page-{second.pk}"' + "<segment ".join(chunks)
    html = refused(admin_client, broken.encode(), "broken markup (code bogus is not in the English text)")
    assert f"Segment “{segment_id}”" in html

    # The English changed since the export: a segment's text, or a block added (absent from the file).
    changed = data.replace("<source>", "<source>Changed: ", 1)
    refused(admin_client, changed.encode(), "the English text changed since the export")
    body_segments = re.findall(r'<segment id="body\.[^"]+".*?</segment>\n', head, re.S)
    assert len(body_segments) >= 2
    without_one = head.replace(body_segments[-1], "") + data[len(head) :]
    refused(admin_client, without_one.encode(), "(this segment is new)")

    for page in two_pages:
        assert Page.objects.get(pk=page.pk).latest_revision_id == revisions[page.pk]


def test_a_french_translator_cannot_import_arabic(two_pages, client, django_user_model):
    user = django_user_model.objects.create_user("trad", password="pw-12345-long")
    user.groups.add(Group.objects.get(name="Translators (French)"))
    client.force_login(user)
    data = export(client, two_pages[:1], "fr")
    assert upload(client, data.replace(b'trgLang="fr"', b'trgLang="ar"')).status_code == 400
    assert upload(client, data).status_code == 302
