from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "newsdesk.news"
    label = "news"
    verbose_name = _("News")

    def ready(self) -> None:
        from newsdesk.news import signals

        signals.connect()
