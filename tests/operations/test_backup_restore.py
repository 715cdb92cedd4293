"""The restore drill: back up the demo site, restore it into a fresh database and media
folder, and find the same site; erase a contact, restore the older backup, and find it erased.

The demo comes from the session's snapshot (tests/demo_snapshot.py): the backup is taken of
this worker's copy of it, by `manage.py backup` (pg_dump, or SQLite's backup API), and
restored by `manage.py restore` into a database of its own (`<worker db>_restore`) made
empty here. None of this runs in a test transaction: pg_dump and pg_restore are other
processes and see only committed rows.
"""

import os
import shutil
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connections
from django.db.models import Count
from django.test import override_settings
from wagtail.models import Page

from partners.models import Pledge
from partners.moderation import erase_personal_data
from tests.demo_snapshot import use_database
from turnbackcrime.backup import actions, erasure_log, manifest, media

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class Databases:
    """Empty databases beside the worker's own: on the same PostgreSQL server, or SQLite files."""

    def __init__(self):
        self.connection = connections["default"]
        self.base = self.connection.settings_dict["NAME"]
        self.postgres = self.connection.vendor == "postgresql"

    def name(self, suffix):
        return f"{self.base}_{suffix}" if self.postgres else f"{self.base}.{suffix}"

    def _run(self, sql):
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(sql)

    def create_empty(self, suffix):
        name = self.name(suffix)
        self.drop(name)
        if self.postgres:
            self._run(f"CREATE DATABASE {self.connection.ops.quote_name(name)}")
        return name

    def drop(self, name):
        if self.postgres:
            self._run(f"DROP DATABASE IF EXISTS {self.connection.ops.quote_name(name)} WITH (FORCE)")
        else:
            Path(name).unlink(missing_ok=True)


def page_counts():
    """Live pages per type and language, counting a language where its title and slug are filled."""
    counts = {}
    for language in LANGUAGES:
        filled = Page.objects.live().filter(depth__gt=1)
        for field in ("title", "slug"):
            filled = filled.exclude(**{f"{field}_{language}__isnull": True}).exclude(
                **{f"{field}_{language}": ""}
            )
        for row in filled.values("content_type__app_label", "content_type__model").annotate(n=Count("pk")):
            counts[(row["content_type__app_label"], row["content_type__model"], language)] = row["n"]
    return counts


def pledge_rows():
    return list(
        Pledge.objects.order_by("pk").values_list(
            "pk", "name", "status", "contact_name", "contact_email", "personal_data_erased_at"
        )
    )


def site_facts():
    return SimpleNamespace(pages=page_counts(), pledges=pledge_rows(), files=media.checksums(default_storage))


def restore(folder, **options):
    call_command("restore", str(folder), stdout=StringIO(), **options)


@pytest.fixture(scope="module")
def demo_backup(demo_database, django_db_blocker, tmp_path_factory):
    """`manage.py backup` of this worker's copy of the demo, and what the site held then."""
    root = tmp_path_factory.mktemp("drill")
    with (
        django_db_blocker.unblock(),
        override_settings(ERASURE_LOG=root / "erasure-log" / "erasures.jsonl"),
        use_database(demo_database),
    ):
        before = site_facts()
        call_command("backup", output=str(root / "backup"), stdout=StringIO())
    return SimpleNamespace(root=root, folder=root / "backup", before=before)


@pytest.fixture(scope="module")
def drill(demo_backup, django_db_blocker):
    """The demo's backup restored into an empty `<worker db>_restore` and a fresh media folder."""
    root = demo_backup.root
    databases = Databases()
    with django_db_blocker.unblock():
        target = databases.create_empty("restore")
        with (
            override_settings(
                ERASURE_LOG=root / "erasure-log" / "erasures.jsonl", MEDIA_ROOT=root / "restored-media"
            ),
            use_database(target),
        ):
            restore(demo_backup.folder)
            after = site_facts()
        yield SimpleNamespace(
            root=root, backup=demo_backup.folder, target=target, before=demo_backup.before, after=after
        )
        databases.drop(target)


def test_the_restore_drill_gives_back_the_site_and_never_brings_an_erased_contact_back(
    drill, django_db_blocker
):
    """The issue's drill in one test: the restored site is the same; then erase, restore the older backup."""
    before, after = drill.before, drill.after
    # The demo has every page type in every language, pledges with contacts, and pictures.
    assert {language for (_app, _model, language) in before.pages} == set(LANGUAGES)
    assert before.pages[("partners", "pledgepage", "ar")] == 1
    assert sum(1 for row in before.pledges if row[4]) >= 3
    assert len({row[2] for row in before.pledges}) >= 2
    assert any(name.startswith("original_images/") for name in before.files)
    assert after.pages == before.pages
    assert after.pledges == before.pledges
    assert after.files == before.files
    written = manifest.read(drill.backup)
    assert written["database"]["engine"] == connections["default"].vendor
    assert written["code_version"].startswith(("git:", "version:"))
    assert written["media"]["files"] == len(before.files)
    assert {f"media/{name}" for name in before.files} <= set(written["files"])

    log = drill.root / "erasure-log" / "erasures.jsonl"
    with (
        django_db_blocker.unblock(),
        override_settings(ERASURE_LOG=log, MEDIA_ROOT=drill.root / "restored-media"),
        use_database(drill.target),
    ):
        pledge = Pledge.objects.exclude(contact_email="").order_by("pk").first()
        kept = Pledge.objects.exclude(contact_email="").exclude(pk=pledge.pk).order_by("pk").first()
        name, email = pledge.contact_name, pledge.contact_email
        staff = get_user_model().objects.create(username="drill-moderator")
        erase_personal_data(pledge, user=staff)
        assert (pledge.contact_name, pledge.contact_email) == ("", "")
        # The log names the pledge, the time and who; nothing personal.
        text = log.read_text()
        assert str(pledge.pk) in text and f'"by": {staff.pk}' in text
        assert email not in text and (not name or name not in text)

        # The backup was made before the erasure; a forced restore puts its rows back, then the log.
        assert (pledge.pk, email) in {(row[0], row[4]) for row in drill.before.pledges}
        restore(drill.backup, force=True)
        pledge.refresh_from_db()
        assert (pledge.contact_name, pledge.contact_email) == ("", "")
        assert pledge.personal_data_erased_at is not None
        assert Pledge.objects.get(pk=kept.pk).contact_email == kept.contact_email
        assert Pledge.objects.count() == len(drill.before.pledges)


def test_a_damaged_backup_is_refused_before_anything_changes(demo_backup, demo_database, django_db_blocker):
    damaged = demo_backup.root / "damaged"
    shutil.copytree(demo_backup.folder, damaged, copy_function=os.link)  # hard links: no copy of the media
    picture = next(
        name for name in manifest.read(damaged)["files"] if name.startswith("media/original_images/")
    )
    (damaged / picture).unlink()  # a new file, not a change to the linked original
    (damaged / picture).write_bytes(b"not the picture that was backed up")
    # Checked before the target: this (full) database would be refused too, with another message.
    with django_db_blocker.unblock(), use_database(demo_database):
        pages = Page.objects.count()
        with pytest.raises(CommandError, match=r"damaged \(checksum differs: " + picture + r"\)\. Nothing"):
            restore(damaged)
        assert Page.objects.count() == pages
    (damaged / "manifest.json").unlink()
    with pytest.raises(CommandError, match="manifest.json is missing"):
        restore(damaged)


def test_a_target_that_is_not_empty_is_refused(demo_backup, demo_database, django_db_blocker, tmp_path):
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "left-over.jpg").write_bytes(b"x")
    with django_db_blocker.unblock(), use_database(demo_database):
        pages = Page.objects.count()
        with (
            override_settings(MEDIA_ROOT=tmp_path / "empty-media"),
            pytest.raises(CommandError, match=r"Refused: the database \S+demo is not empty\. .*--force"),
        ):
            restore(demo_backup.folder)
        with (
            override_settings(MEDIA_ROOT=tmp_path / "media"),
            pytest.raises(CommandError, match="is not empty and the media store is not empty"),
        ):
            restore(demo_backup.folder)
        assert Page.objects.count() == pages
    assert [path.name for path in (tmp_path / "media").rglob("*")] == ["images", "left-over.jpg"]


def test_an_erasure_that_cannot_be_logged_does_not_happen(db, settings, tmp_path):
    from tests.factories import PledgeFactory

    pledge = PledgeFactory(contact_name="Ana Example", contact_email="ana@example.org")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings.ERASURE_LOG = blocker / "erasures.jsonl"  # under a file: never writable
    with pytest.raises(erasure_log.ErasureLogUnavailable):
        erase_personal_data(pledge)
    pledge.refresh_from_db()
    assert (pledge.contact_name, pledge.contact_email) == ("Ana Example", "ana@example.org")
    assert pledge.personal_data_erased_at is None


def test_backup_refuses_an_erasure_log_inside_the_media(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ERASURE_LOG = tmp_path / "media" / "erasures.jsonl"
    with pytest.raises(CommandError, match="ERASURE_LOG .* must be outside MEDIA_ROOT"):
        call_command("backup", output=str(tmp_path / "backup"))
    assert not (tmp_path / "backup").exists()


def test_media_on_object_storage_is_backed_up_and_restored_bucket_to_bucket(s3_server, tmp_path):
    """The media half of backup and restore against a real local S3 server: one bucket's files
    into a backup folder, checked, then into another (empty) bucket; the erasure log in a third.

    The database half is the same as in the drill above; left out here to keep the test fast.
    """
    import boto3

    from turnbackcrime.settings.base import erasure_log_s3, media_storage

    environ = {
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_ADDRESSING_STYLE": "path",
        "ERASURE_LOG_BUCKET": "tbc-erasure-log-test",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",  # noqa: S106 - the local server's
        region_name="us-east-1",
    )
    for bucket in ("tbc-backup-source", "tbc-backup-target", "tbc-erasure-log-test"):
        client.create_bucket(Bucket=bucket)

    def on_bucket(bucket):
        storage = media_storage({**environ, "AWS_STORAGE_BUCKET_NAME": bucket})
        return override_settings(
            STORAGES={**settings.STORAGES, "default": storage}, ERASURE_LOG_S3=erasure_log_s3(environ)
        )

    files = {"original_images/a.jpg": b"first picture", "images/a.width-400.jpg": b"its rendition"}
    folder = tmp_path / "backup"
    with on_bucket("tbc-backup-source"):
        for name, content in files.items():
            assert default_storage.save(name, ContentFile(content)) == name
        source = media.checksums(default_storage)
        described = media.copy_out(default_storage, folder)
        manifest.write(folder, {"engine": "postgresql", "file": "database.dump"}, described)
        actions.check_erasure_log_outside()
        erasure_log.record("pledge", 42, user_id=7)
    listed = manifest.verify(folder)["files"]
    assert described == {"storage": "s3", "files": 2}
    with on_bucket("tbc-backup-target"):
        assert media.is_empty(default_storage)
        media.copy_in(default_storage, folder, listed)
        assert media.checksums(default_storage) == source
        assert not media.is_empty(default_storage)
        assert [(entry["kind"], entry["id"], entry["by"]) for entry in erasure_log.entries()] == [
            ("pledge", 42, 7)
        ]
    stored = client.head_object(Bucket="tbc-backup-target", Key="original_images/a.jpg")
    assert stored["CacheControl"] == "public, max-age=31536000, immutable"
    # The erasure log may not share the media bucket: a backup would hold it.
    with (
        on_bucket("tbc-erasure-log-test"),
        pytest.raises(actions.RestoreRefused, match="must not be the media bucket"),
    ):
        actions.check_erasure_log_outside()
