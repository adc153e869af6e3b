"""``newsdesk backup OUT.tar.gz``: a consistent, portable snapshot of the whole site."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.core.backup import BackupError, write_backup


class Command(BaseCommand):
    help = "Write the database (portable JSON) and all media into one .tar.gz file."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="The file to write, e.g. site-2026-11-25.tar.gz")

    def handle(self, *args, destination: str, **options):
        path = Path(destination)
        if path.is_dir():
            raise CommandError(f"{path} is a folder; give the name of the file to write.")
        try:
            manifest = write_backup(path)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        total = sum(manifest["objects"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {path}: {total} records and {manifest['media_files']} media files."
            )
        )
