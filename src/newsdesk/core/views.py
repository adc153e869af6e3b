"""Site-wide views: error pages, the health check and uploaded media."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.static import serve

from newsdesk.core.protection import database_unavailable, is_database_outage
from newsdesk.core.site import absolute_url

logger = logging.getLogger(__name__)

# Only pictures are ever uploaded; anything else under media is not served to readers.
MEDIA_CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


def page_not_found(request, exception=None):
    body = loader.render_to_string("404.html", {"request_path": request.path}, request)
    return HttpResponseNotFound(body)


def server_error(request):
    # A database outage met outside a view (in a middleware) still gets the friendly 503.
    exception = sys.exc_info()[1]
    if is_database_outage(exception):
        return database_unavailable(request, exception)
    # Rendered without a request context: whatever failed may fail again in a context
    # processor, and this page must still come out.
    try:
        body = loader.render_to_string("500.html")
    except Exception:  # noqa: BLE001 - the last line of defence must not raise
        logger.exception("The 500 page itself failed to render")
        body = "<h1>Server error</h1><p>Please try again in a moment.</p>"
    return HttpResponseServerError(body)


@never_cache
def health(request):
    """200 when the database and the cache answer, 503 otherwise; no details that help attackers."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "down"
        logger.exception("Health check: database unavailable")
        checks["database"] = "unavailable"
    try:
        cache.set("newsdesk:health", "1", 5)
        checks["cache"] = "ok" if cache.get("newsdesk:health") == "1" else "unavailable"
    except Exception:  # noqa: BLE001
        logger.exception("Health check: cache unavailable")
        checks["cache"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


def media(request, path):
    """Serve an uploaded picture with its real type, and nothing that is not a picture."""
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    content_type = MEDIA_CONTENT_TYPES.get(suffix)
    if content_type is None:
        return page_not_found(request)
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Type"] = content_type
    response["X-Content-Type-Options"] = "nosniff"
    # Uploads get a new name for new content, so a copy never goes stale.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


def robots_txt(request):
    """Crawlers may read everything public; the admin and search results are not for them."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'), request)}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def favicon(request):
    """Browsers ask for /favicon.ico on every site: send them to the real (hashed) icon."""
    response = HttpResponsePermanentRedirect(static("newsdesk/favicon.ico"))
    response["Cache-Control"] = "public, max-age=86400"
    return response
