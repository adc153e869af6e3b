"""``newsdesk restore IN.tar.gz``: rebuild a site from a backup, on SQLite or PostgreSQL."""

import contextlib
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from newsdesk.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Migrate, then load a backup made by `newsdesk backup` into an empty site."

    def add_arguments(self, parser):
        parser.add_argument("source", help="The backup file (.tar.gz)")

    def handle(self, *args, source: str, **options):
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        call_command("migrate", interactive=False, verbosity=0)
        try:
            manifest = restore_backup(path)
        except BackupError as error:
            raise CommandError(str(error)) from None
        with contextlib.suppress(CommandError):  # no search app installed: nothing to rebuild
            call_command("reindex", verbosity=0)
        total = sum(manifest["objects"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {total} records and {manifest['media_files']} media files "
                f"from a backup of {manifest['created_at']}."
            )
        )
