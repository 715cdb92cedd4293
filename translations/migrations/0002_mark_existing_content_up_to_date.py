"""Today's content counts as up to date: every translation is recorded as made from today's English.

Runs the tracking on the real models (modeltranslation's registry knows only
those) after the migrations of the apps whose content it reads, as they are now.
On a fresh database (tests, a new install) there is nothing to do: wagtail-modeltranslation
adds the page title columns only after the migrations, and content saved later is
tracked as it is saved.
"""

from django.db import migrations


def mark_up_to_date(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")}
    if "title_en" not in columns:
        return

    from translations.registry import item_models
    from translations.tracking import track_all

    track_all(item_models())


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("campaigns", "0002_alter_topicpage_body_alter_topicpage_body_ar_and_more"),
        ("stories", "0002_alter_storypage_body_alter_storypage_body_ar_and_more"),
        ("partners", "0002_alter_partnernewspage_body_and_more"),
        ("galleries", "0001_initial"),
        ("home", "0001_initial"),
        ("turnbackcrime", "0005_delete_homepage"),
    ]

    operations = [migrations.RunPython(mark_up_to_date, migrations.RunPython.noop)]
