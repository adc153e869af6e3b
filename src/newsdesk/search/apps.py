"""Full-text search: one interface, two engines (SQLite FTS5 and PostgreSQL)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "newsdesk.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        # The index follows the articles through news' signals: news knows nothing of search.
        from newsdesk.search import signals

        signals.connect()
