"""The pledge page's goal and deadline; each pledge's share code and the code it came through."""

import secrets

from django.db import migrations, models

import partners.models.pledge


def give_share_codes(apps, schema_editor):
    Pledge = apps.get_model("partners", "Pledge")
    for pledge in Pledge.objects.filter(share_code__isnull=True).only("pk"):
        Pledge.objects.filter(pk=pledge.pk).update(share_code=secrets.token_urlsafe(6))


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_alter_partnernewspage_body_and_more"),
    ]

    operations = [
        migrations.AddField(
            model_name="pledgepage",
            name="goal",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="How many public pledges the campaign aims for; shown as a progress bar. Empty: no bar.",
                null=True,
                verbose_name="pledge goal",
            ),
        ),
        migrations.AddField(
            model_name="pledgepage",
            name="goal_deadline",
            field=models.DateField(
                blank=True, help_text="Optional: the date the goal is meant for.", null=True, verbose_name="goal deadline"
            ),
        ),
        migrations.AddField(
            model_name="pledge",
            name="via",
            field=models.CharField(
                blank=True,
                db_index=True,
                editable=False,
                help_text="The share code of the pledge whose shared link brought this one.",
                max_length=16,
                verbose_name="came through the share of",
            ),
        ),
        # Existing pledges get a code each, then the column becomes unique and required.
        migrations.AddField(
            model_name="pledge",
            name="share_code",
            field=models.CharField(editable=False, max_length=16, null=True, verbose_name="share code"),
        ),
        migrations.RunPython(give_share_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="pledge",
            name="share_code",
            field=models.CharField(
                default=partners.models.pledge.new_share_code,
                editable=False,
                max_length=16,
                unique=True,
                verbose_name="share code",
            ),
        ),
    ]
