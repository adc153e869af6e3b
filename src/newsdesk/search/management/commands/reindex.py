"""``newsdesk reindex``: rebuild the whole search index from the articles."""

from django.core.management.base import BaseCommand, CommandError

from newsdesk.search.services import BATCH_SIZE, rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index from every article (drafts included; results are filtered)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Articles read and written at a time (default {BATCH_SIZE}).",
        )

    def handle(self, *args, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        on_terminal = self.stdout.isatty()

        def show_progress(done: int, total: int) -> None:
            # On a terminal one line counts up in place; in a log only the summary is written.
            if on_terminal:
                self.stdout.write(f"\r  {done}/{total} articles", ending="")
                self.stdout.flush()

        indexed = rebuild_index(batch_size=batch_size, progress=show_progress)
        if on_terminal and indexed:
            self.stdout.write("")  # end the progress line
        self.stdout.write(f"Search index rebuilt: {indexed} articles.")
