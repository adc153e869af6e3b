"""``newsdesk generate``: bulk-create realistic articles for benchmarks and load tests."""

from django.core.management.base import BaseCommand, CommandError

from newsdesk.core.db import refresh_statistics
from newsdesk.core.progress import Progress
from newsdesk.news.generate import generate_articles


class Command(BaseCommand):
    help = "Create N realistic articles with categories, tags, authors and pictures."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="How many articles.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same content.")
        parser.add_argument("--categories", type=int, default=300)
        parser.add_argument("--tags", type=int, default=2000)

    def handle(self, *args, articles: int, seed: int, categories: int, tags: int, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        if categories < 1 or tags < 0:
            raise CommandError("--categories must be at least 1 and --tags at least 0.")
        progress = Progress(self.stdout, "Generating", articles)
        made = generate_articles(
            articles,
            seed=seed,
            categories=categories,
            tags=tags,
            progress=progress.update,
        )
        refresh_statistics()
        seconds = progress.finish()
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made} articles in {seconds:.1f} s ({made / seconds:,.0f} per second)."
            )
        )
