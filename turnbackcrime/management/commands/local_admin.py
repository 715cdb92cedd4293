"""Create (once) and print the local admin login that `make run` shows.

Only for local runs: it refuses unless the settings allow it (dev settings do,
production never), so a production database never gets a known login.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the local admin login if missing and print the admin URL and login."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")

    def handle(self, *args, host, port, **options):
        if not getattr(settings, "LOCAL_ADMIN_ALLOWED", False):
            raise CommandError("A local admin login is only created with the dev settings.")
        password_file = settings.VAR_DIR / "local-admin-password.txt"
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        if password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)

        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.is_staff = user.is_superuser = user.is_active = True
            user.save()

        base = f"http://{host}:{port}"
        self.stdout.write(
            "\n".join(
                [
                    "",
                    "Turn Back Crime is starting.",
                    f"  Site:      {base}/en/  (also /fr/, /es/, /ar/)",
                    f"  Admin:     {base}/admin/",
                    f"  Login:     {USERNAME} / {password}",
                    f"  (the password is kept in {password_file})",
                    f"  Two-step sign-in (optional here, required in production): {base}/admin/two-factor/",
                    "",
                ]
            )
        )
