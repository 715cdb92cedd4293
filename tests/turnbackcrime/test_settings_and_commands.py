"""Production settings, the local admin login and the demo content command."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page

from home.models import HomePage
from turnbackcrime.models import SiteSettings

ROOT = Path(__file__).resolve().parent.parent.parent


def _manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _production_env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="turnbackcrime.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="turnbackcrime.example.org",
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/turnbackcrime"),
        WAGTAILADMIN_BASE_URL="https://turnbackcrime.example.org",
    )
    env.update(extra)
    return env


def test_production_settings_pass_check_deploy():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=_production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_settings_fail_loudly_without_required_variable(missing):
    env = _production_env()
    env.pop(missing)
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


@pytest.mark.django_db
def test_local_admin_refused_outside_dev_settings():
    with pytest.raises(CommandError, match="only created with the dev settings"):
        call_command("local_admin")


@pytest.mark.django_db
def test_local_admin_created_once_and_printed(tmp_path, capsys):
    from django.contrib.auth import get_user_model

    with override_settings(LOCAL_ADMIN_ALLOWED=True, VAR_DIR=tmp_path):
        call_command("local_admin")
        first = capsys.readouterr().out
        call_command("local_admin")
        second = capsys.readouterr().out
    password = (tmp_path / "local-admin-password.txt").read_text().strip()
    assert f"admin / {password}" in first
    assert first == second
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)


def test_demo_content_in_four_languages_and_idempotent(demo_content, client):
    # The demo is already loaded (the session's snapshot): a second run adds nothing.
    pages_before = Page.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == pages_before
    home = HomePage.objects.get()
    for lang in ("en", "fr", "es", "ar"):
        assert getattr(home, f"title_{lang}"), lang
        assert getattr(home, f"intro_{lang}"), lang
        response = client.get(f"/{lang}/")
        assert response.status_code == 200
        assert getattr(home, f"title_{lang}") in response.content.decode()
    footer = SiteSettings.objects.get()
    assert all(getattr(footer, f"footer_text_{lang}") for lang in ("en", "fr", "es", "ar"))
