"""Keeping the site up: per-IP rate limits on expensive paths, and a friendly 503 when the
database is unreachable."""

import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_DB_SECONDS = 30


def parse_rate(rate: str) -> tuple[int, int]:
    """ "30/60" -> (30 requests, per 60 seconds)."""
    count, _slash, seconds = rate.partition("/")
    return int(count), int(seconds or 60)


def client_ip(request) -> str:
    header = settings.NEWSDESK_CLIENT_IP_HEADER
    if header and request.META.get(header):
        # The proxy appends the address it saw last: the one we can trust.
        return request.META[header].split(",")[-1].strip()
    # No address at all (a bare WSGI call): the unspecified address, which is still an IP.
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 - a value, not a bind


def client_ip_for_axes(request) -> str:
    return client_ip(request)


class RateLimitMiddleware:
    """Fixed-window counters in the cache, per client IP and scope (search, API).

    Staff are never limited; a limited request gets 429 with Retry-After.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        self.scopes = [
            ("search", re.compile(rf"^/(?:(?:{languages})/)?search/")),
            ("api", re.compile(r"^/api/")),
        ]

    def __call__(self, request):
        if settings.NEWSDESK_RATE_LIMIT:
            scope = next((name for name, rx in self.scopes if rx.match(request.path)), None)
            if scope and not getattr(getattr(request, "user", None), "is_staff", False):
                retry_after = self.over_limit(scope, client_ip(request))
                if retry_after:
                    return self.too_many(request, scope, retry_after)
        return self.get_response(request)

    def over_limit(self, scope: str, ip: str) -> int:
        limit, window = parse_rate(settings.NEWSDESK_RATE_LIMITS[scope])
        now = int(time.time())
        start = now - now % window
        key = f"newsdesk:rate:{scope}:{ip}:{start}"
        try:
            cache.add(key, 0, window + 1)
            count = cache.incr(key)
        except Exception:  # noqa: BLE001 - without a cache, do not limit anybody
            logger.exception("Rate limiting unavailable")
            return 0
        return (start + window - now) or 1 if count > limit else 0

    def too_many(self, request, scope: str, retry_after: int) -> HttpResponse:
        if scope == "api":
            response = JsonResponse(
                {"detail": "Too many requests; wait before asking again."}, status=429
            )
        else:
            body = loader.render_to_string("429.html", {"retry_after": retry_after}, request)
            response = HttpResponse(body, status=429)
        response["Retry-After"] = str(retry_after)
        response["Cache-Control"] = "no-store"
        return response


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives a 503 page (or JSON), never a traceback."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        return database_unavailable(request, exception)


def is_database_outage(exception) -> bool:
    if not isinstance(exception, (OperationalError, InterfaceError)):
        return False
    # SQLite contention is a bug to see, not an outage.
    return not (isinstance(exception, DatabaseError) and "locked" in str(exception).lower())


def database_unavailable(request, exception) -> HttpResponse:
    """The 503 answer: also used by the 500 handler for failures outside views."""
    logger.error("Database unavailable: %s", exception)
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"detail": "The service is briefly unavailable; try again shortly."}, status=503
        )
    else:
        body = loader.render_to_string("503.html", {"admin": request.path.startswith("/admin/")})
        response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_DB_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
