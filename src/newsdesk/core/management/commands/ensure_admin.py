"""``newsdesk ensure_admin``: make sure an administrator can log in, and say how.

On the first run it creates the account ``admin`` with a random password kept in the data
dir (readable by its owner only); later runs print the same login again.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = "admin-password.txt"  # noqa: S105 - a file name, not a password


class Command(BaseCommand):
    help = "Create the first administrator account if there is none, and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        password_path = settings.DATA_DIR / PASSWORD_FILE
        if not User.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            fd = os.open(password_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(f"{username}\n{password}\n")
            self.stdout.write(
                self.style.SUCCESS(f"Created the administrator account {username!r}.")
            )
        if password_path.exists():
            saved_user, saved_password = password_path.read_text().split("\n")[:2]
            if User.objects.filter(username=saved_user).exists():
                self.stdout.write(
                    f"Admin login: http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/  "
                    f"user: {saved_user}  password: {saved_password}  (kept in {password_path})"
                )
                return
        self.stdout.write("An administrator account already exists; log in with its password.")
