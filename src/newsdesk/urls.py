"""The site's addresses: home, the news section, the admin, health and media."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from newsdesk.core import views as core_views
from newsdesk.news.views import HomeView

handler404 = "newsdesk.core.views.page_not_found"
handler500 = "newsdesk.core.views.server_error"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("news/", include("newsdesk.news.urls")),
    path("admin/", admin.site.urls),
    path("healthz", core_views.health, name="health"),
]

if settings.NEWSDESK_SERVE_MEDIA:
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{prefix}(?P<path>.*)$",
            core_views.media,
            name="media",
        )
    )
