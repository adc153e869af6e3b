"""``newsdesk demo``: load the demo newsroom into an empty database."""

from django.core.management.base import BaseCommand, CommandError

from newsdesk.news.demo import load_demo
from newsdesk.news.models import Article


class Command(BaseCommand):
    help = "Load the demo articles, authors, categories, tags and pictures."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing (and succeed) when the database already has articles.",
        )

    def handle(self, *args, if_empty: bool, **options):
        if Article.objects.exists():
            if if_empty:
                self.stdout.write("The database already has articles; demo content not loaded.")
                return
            raise CommandError(
                "The database already has articles. The demo content is meant for an empty "
                "site; use --if-empty to skip it quietly."
            )
        counts = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Loaded the demo: {articles} articles, {authors} authors, {categories} "
                "categories, {tags} tags, {images} pictures.".format(**counts)
            )
        )
