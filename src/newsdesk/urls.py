"""The site's addresses: home and the news section per language, the admin, health, media.

The default language keeps unprefixed addresses (/news/…); the others are prefixed (/it/news/…).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from newsdesk.core import two_factor
from newsdesk.core import views as core_views
from newsdesk.core.two_factor import StaffLoginForm
from newsdesk.news.sitemaps import SITEMAPS
from newsdesk.news.views import HomeView
from newsdesk.news.views.article import shared_preview

handler404 = "newsdesk.core.views.page_not_found"
handler500 = "newsdesk.core.views.server_error"

admin.site.login_form = StaffLoginForm
admin.site.login_template = "admin/staff_login.html"

urlpatterns = [
    path("admin/two-factor/", two_factor.setup, name="two_factor"),
    path("admin/", admin.site.urls),
    path("healthz", core_views.health, name="health"),
    path("api/v1/", include("newsdesk.api.urls")),
    path("robots.txt", core_views.robots_txt, name="robots"),
    # Browsers ask for /favicon.ico on every site; answer with the real icon, not a 404 page.
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("preview/<str:signed_token>/", shared_preview, name="preview"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

urlpatterns += i18n_patterns(
    path("", HomeView.as_view(), name="home"),
    path("news/", include("newsdesk.news.urls")),
    path("search/", include("newsdesk.search.urls")),
    prefix_default_language=False,
)

if settings.NEWSDESK_SERVE_MEDIA:
    prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{prefix}(?P<path>.*)$", core_views.media, name="media"))
