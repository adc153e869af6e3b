"""``newsdesk import_wordpress EXPORT.xml [--uploads DIR] [--dry-run]``: move a WordPress site in.

Thin: parses the options, shows progress on a terminal and prints the report; the work is
``newsdesk.importers.wordpress.importer.import_wordpress``.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsdesk.core.db import refresh_statistics
from newsdesk.importers.wordpress.importer import ImportFailed, import_wordpress


class TerminalProgress:
    """One line, rewritten in place with a carriage return, at most five times a second."""

    def __init__(self, out, interval: float = 0.2) -> None:
        self.out = out
        self.interval = interval
        self.last = 0.0
        self.width = 0

    def __call__(self, phase: str, fraction: float) -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self.last < self.interval:
            return
        self.last = now
        filled = int(fraction * 30)
        line = f"{phase} [{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%}"
        self.out.write("\r" + line.ljust(self.width), ending="")
        self.width = len(line)
        self.out.flush()

    def finish(self) -> None:
        if self.width:
            self.out.write("\r" + " " * self.width + "\r", ending="")
            self.out.flush()


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools > Export, a WXR file): posts, authors, categories, "
        "tags and featured images, with redirects from the old addresses. Running it again "
        "updates what changed and creates no duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WXR file WordPress exported.")
        parser.add_argument(
            "--uploads",
            help="The local copy of the site's wp-content/uploads folder.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and check everything, print the report, save nothing.",
        )
        parser.add_argument(
            "--language",
            help="The language of the posts (default: the site's first language).",
        )
        parser.add_argument(
            "--timezone",
            help="The WordPress site's time zone, for dates without a GMT time (default: TIME_ZONE).",
        )
        parser.add_argument(
            "--source",
            default="",
            help=(
                "A name for the site the export comes from (default: its address in the "
                "export). Imports with the same source update the same articles."
            ),
        )

    def handle(self, *args, **options):
        progress = TerminalProgress(self.stdout) if self.stdout.isatty() else None
        try:
            report = import_wordpress(
                options["export"],
                uploads=options["uploads"],
                dry_run=options["dry_run"],
                language=options["language"],
                time_zone=options["timezone"],
                source=options["source"],
                progress=progress,
            )
        except ImportFailed as error:
            raise CommandError(str(error)) from None
        except KeyboardInterrupt:
            raise CommandError(
                _(
                    "Interrupted. What was imported so far is saved, with no article half "
                    "done; run the same command again to finish."
                )
            ) from None
        finally:
            if progress:
                progress.finish()
        if not options["dry_run"]:
            refresh_statistics()
        self.stdout.write(report.as_text(), ending="")
        if report.stopped:
            raise CommandError(report.stopped)
