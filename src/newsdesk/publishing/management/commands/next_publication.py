"""``newsdesk next_publication``: when the next scheduled article is due, for re-exports."""

from django.core.management.base import BaseCommand

from newsdesk.publishing.schedule import next_publication


class Command(BaseCommand):
    help = (
        "Print when the next scheduled article goes public (ISO 8601, in TIME_ZONE), "
        "or 'No scheduled articles.'"
    )

    def handle(self, *args, **options):
        due = next_publication()
        self.stdout.write(due.isoformat() if due else "No scheduled articles.")
