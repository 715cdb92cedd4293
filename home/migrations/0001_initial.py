"""HomePage moves from the core (turnbackcrime) to the home app; existing databases keep their page.

The model's state moves here, its table is renamed from turnbackcrime_homepage
to home_homepage, and its content type is relabelled so the existing page,
its revisions and its permissions follow it.
"""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


def relabel_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="turnbackcrime", model="homepage").update(app_label="home")


def unlabel_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="home", model="homepage").update(app_label="turnbackcrime")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('turnbackcrime', '0004_alter_homepage_sections'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.CreateModel(
            name='HomePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='One or two sentences under the campaign name.', verbose_name='introduction')),
                ('intro_en', models.TextField(blank=True, help_text='One or two sentences under the campaign name.', null=True, verbose_name='introduction')),
                ('intro_fr', models.TextField(blank=True, help_text='One or two sentences under the campaign name.', null=True, verbose_name='introduction')),
                ('intro_es', models.TextField(blank=True, help_text='One or two sentences under the campaign name.', null=True, verbose_name='introduction')),
                ('intro_ar', models.TextField(blank=True, help_text='One or two sentences under the campaign name.', null=True, verbose_name='introduction')),
                ('sections', wagtail.fields.StreamField([('featured', 8), ('topics', 11), ('partner_news', 13), ('getting_involved', 14), ('social', 13), ('stories', 13), ('galleries', 13)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'English', 'max_length': 120, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Français', 'max_length': 120, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Español', 'max_length': 120, 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'form_classname': 'rtl', 'label': 'العربية', 'max_length': 120, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('en', 0), ('fr', 1), ('es', 2), ('ar', 3)]], {}), 5: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Keep the section but do not show it.', 'label': 'Hide this section', 'required': False}), 6: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Featured page'}), 7: ('wagtail.blocks.TextBlock', (), {'label': 'Text (optional)', 'max_length': 300, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('heading', 4), ('hidden', 5), ('page', 6), ('text', 7)]], {}), 9: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Topic', 'page_type': ['campaigns.TopicPage']}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'Topics'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 4), ('hidden', 5), ('topics', 10)]], {}), 12: ('wagtail.blocks.IntegerBlock', (), {'default': 3, 'label': 'How many', 'max_value': 12, 'min_value': 1}), 13: ('wagtail.blocks.StructBlock', [[('heading', 4), ('hidden', 5), ('count', 12)]], {}), 14: ('wagtail.blocks.StructBlock', [[('heading', 4), ('hidden', 5)]], {})}, help_text='The home page\'s sections, in order. Drag to reorder; tick "Hide this section" to take one off the page without losing it. Shared by all four languages.', verbose_name='sections')),
            ],
            options={
                'verbose_name': 'home page',
                'db_table': 'turnbackcrime_homepage',
            },
            bases=('wagtailcore.page',),
        )],
            database_operations=[],
        ),
        migrations.AlterModelTable(name='homepage', table=None),
        migrations.RunPython(relabel_content_type, unlabel_content_type),
    ]
