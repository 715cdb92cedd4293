"""Reports → Translations: cells, filters, exports, and a query count that does not grow with content."""

import io
import re

import openpyxl
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CrimeTheme
from translations.models import GlossaryTerm, TranslatedItem, TranslationStatus

from .conftest import publish

URL = "/admin/reports/translations/"


def test_cells_show_each_status_and_link_to_the_language_tab(topic, admin_client):
    topic = publish(topic, summary_en=topic.summary_en + " More.", summary_es="")
    html = admin_client.get(URL).content.decode()
    assert topic.title in html
    assert f'href="/admin/pages/{topic.pk}/edit/#translate-fr"' in html
    assert "translation-cell--outdated" in html
    # French and Arabic: English summary changed; Spanish: summary emptied.
    assert "Empty: summary" in html
    assert "English changed: summary" in html
    assert f"/admin/translations/export/?page={topic.pk}&amp;language=ar&amp;format=xliff" in html


def test_filters_by_language_status_type_and_section(topic, admin_client):
    publish(topic, summary_es="")
    title = topic.title
    missing = admin_client.get(URL, {"language": "es", "status": "missing"}).content.decode()
    assert title in missing
    assert "translation-cell--" in missing and ">French<" not in missing.split("<tbody>")[-1]
    assert title not in admin_client.get(URL, {"language": "fr", "status": "missing"}).content.decode()
    topic_type = ContentType.objects.get_for_model(type(topic)).pk
    assert title in admin_client.get(URL, {"content_type": topic_type}).content.decode()
    theme_type = ContentType.objects.get_for_model(CrimeTheme).pk
    assert title not in admin_client.get(URL, {"content_type": theme_type}).content.decode()
    section = topic.get_parent()
    assert title in admin_client.get(URL, {"section": section.pk}).content.decode()
    other = section.get_siblings(inclusive=False).first()
    assert title not in admin_client.get(URL, {"section": other.pk}).content.decode()


def test_csv_and_xlsx_exports(topic, admin_client):
    publish(topic, summary_ar="")
    csv = b"".join(admin_client.get(URL, {"export": "csv"}).streaming_content).decode()
    assert "Title,Type,Editor,French,Spanish,Arabic" in csv
    kind = type(topic)._meta.verbose_name.capitalize()
    assert f"{topic.title},{kind},/admin/pages/{topic.pk}/edit/,Complete,Complete,Missing (summary)" in csv
    response = admin_client.get(URL, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [
        topic.title,
        kind,
        f"/admin/pages/{topic.pk}/edit/",
        "Complete",
        "Complete",
        "Missing (summary)",
    ] in rows


def add_items(count, start):
    """`count` report rows (snippet-like items with statuses), written in bulk."""
    content_type = ContentType.objects.get_for_model(CrimeTheme)
    items = TranslatedItem.objects.bulk_create(
        TranslatedItem(content_type=content_type, object_id=start + n, label=f"Theme {start + n:04d}")
        for n in range(count)
    )
    TranslationStatus.objects.bulk_create(
        TranslationStatus(item=item, language=language, status=status, missing_fields=["name"])
        for item in items
        for language, status in (("fr", "complete"), ("es", "missing"), ("ar", "outdated"))
    )


def report_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_query_count_is_flat_with_10_and_200_items(topic, admin_client):
    admin_client.get(URL)  # warm caches (content types, sites)
    add_items(10, 1000)
    with_10 = report_queries(admin_client)
    add_items(190, 2000)
    with_200 = report_queries(admin_client)
    assert with_200 == with_10
    html = admin_client.get(URL).content.decode()
    # One page of 50 rows (three cells each), those with work to do first: added rows, outdated in Arabic.
    assert html.count('<td class="translation-cell translation-cell--') == 150
    assert html.count("translation-cell--outdated") >= 49
    pages = re.search(r"Page 1 of (\d+)", html)
    assert pages and int(pages.group(1)) >= 5  # 200 rows and the others', 50 a page


def test_a_translation_contradicting_the_glossary_is_flagged(topic, admin_client):
    GlossaryTerm.objects.get_or_create(term="#TurnBackCrime", defaults={"rule": GlossaryTerm.KEEP})
    publish(
        topic,
        summary_en="Share it with #TurnBackCrime.",
        summary_fr="Partagez-le avec #FaireReculerLeCrime.",
        summary_es="Compártalo con #TurnBackCrime.",
    )
    html = admin_client.get(URL, {"status": "glossary"}).content.decode()
    assert topic.title in html
    assert "Glossary: #TurnBackCrime (summary)" in " ".join(html.split())
    spanish_only = admin_client.get(URL, {"status": "glossary", "language": "es"}).content.decode()
    assert topic.title not in spanish_only
