"""HomePage now lives in the home app (home.0001 renames its table): forget it here, keep the data."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('turnbackcrime', '0004_alter_homepage_sections'),
        ('home', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='HomePage')],
            database_operations=[],
        ),
    ]
