"""The database: fresh statistics after bulk loads, and reading from replicas.

Public reads go to a replica, everything else to the primary. Writes, the admin, and every request from a browser that wrote something in the last few
seconds (a cookie says so) read from the primary, so an editor always sees their own change
even while replicas catch up.
"""

import contextvars
import random

from django.conf import settings
from django.db import connection

_use_primary = contextvars.ContextVar("newsdesk_use_primary", default=True)

PIN_COOKIE = "newsdesk_primary"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def refresh_statistics() -> None:
    """After loading many rows at once (an import, ``generate``): fresh planner statistics,
    or queries plan badly. On PostgreSQL, VACUUM also marks the new rows visible in the
    visibility map, so that index-only scans need not visit the table (until autovacuum gets
    round to it, deep listing pages cost ten times more). VACUUM cannot run inside a
    transaction (in a test, say): there it is ANALYZE alone."""
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if _use_primary.get() or not replicas:
            return "default"
        return random.choice(replicas)  # noqa: S311 - spreading load, not security

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # replicas hold the same data as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class PrimaryPinningMiddleware:
    """Decide, per request, whether reads may go to a replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        writes = request.method not in SAFE_METHODS
        primary = (
            writes
            or request.path.startswith("/admin/")
            or PIN_COOKIE in request.COOKIES
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        )
        token = _use_primary.set(primary)
        try:
            response = self.get_response(request)
        finally:
            _use_primary.reset(token)
        if writes:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.NEWSDESK_REPLICA_PIN_SECONDS,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response
