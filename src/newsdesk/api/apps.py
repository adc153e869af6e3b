"""The api app: the read-only public JSON API under /api/v1/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "newsdesk.api"
    label = "api"
    verbose_name = _("API")
