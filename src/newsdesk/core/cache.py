"""The site-wide content version and the anonymous page cache built on it.

Every change to published content bumps one version number (a millisecond timestamp), and
every cached page, count or fragment is stored under it, so nothing stale is ever served and
nothing needs to be deleted. A scheduled article is handled the same way: the time of the next
scheduled publication is kept beside the version, and the first request after that moment
bumps the version, so the article appears on every page exactly on time, with no job to run.

``core`` knows nothing of articles: the news app tells it when content changed
(``bump_content_version``) and how to find the next publication (``set_schedule_source``).
"""

import hashlib
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

logger = logging.getLogger(__name__)

VERSION_KEY = "newsdesk:content-version"
NEXT_PUBLICATION_KEY = "newsdesk:next-publication:{version}"
NO_SCHEDULE = 0.0

_next_publication: Callable[[], float | None] = lambda: None  # noqa: E731 - replaced by news


def set_schedule_source(function: Callable[[], float | None]) -> None:
    """Tell the cache how to find the next scheduled publication (a Unix time or None)."""
    global _next_publication
    _next_publication = function


def bump_content_version() -> int:
    """Mark all cached pages stale: called on every change to public content."""
    version = int(time.time() * 1000)
    try:
        current = cache.get(VERSION_KEY) or 0
        version = max(version, current + 1)
        cache.set(VERSION_KEY, version, None)
    except Exception:  # noqa: BLE001 - a cache outage must not stop an editor's save
        logger.exception("Could not bump the content version")
    return version


def content_version() -> int:
    """The current version, bumped first when a scheduled publication time has passed."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = bump_content_version()
    due = next_publication(version)
    if due != NO_SCHEDULE and due <= time.time():
        version = bump_content_version()
    return version


def next_publication(version: int) -> float:
    """When the next scheduled article goes public (Unix time), or NO_SCHEDULE; cached per
    version so it costs one query per change, not one per request."""
    key = NEXT_PUBLICATION_KEY.format(version=version)
    due = cache.get(key)
    if due is None:
        found = _next_publication()
        due = found if found is not None else NO_SCHEDULE
        cache.set(key, due, 24 * 3600)
    return due


def seconds_until_next_publication(version: int) -> int | None:
    due = next_publication(version)
    if due == NO_SCHEDULE:
        return None
    return max(0, int(due - time.time()))


def versioned_key(prefix: str, *parts: str, version: int | None = None) -> str:
    """A cache key that changes whenever the content does."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()
    return f"newsdesk:{prefix}:{version or content_version()}:{digest}"


def cached_per_version(
    prefix: str,
    identity: tuple[str, ...],
    compute: Callable[[], object],
    version: int | None = None,
):
    """``compute()``, called once per content version for this ``identity`` (then cached).
    ``compute`` must not return None, which stands for "not cached".

    ``version`` is the one read before the data ``compute`` reads was fixed (a queryset's
    "now"): read later, it might already count a scheduled article that the data misses.
    Without a working cache, ``compute()`` is simply called: slower, never an error page.
    """
    try:
        key = versioned_key(prefix, *identity, version=version)
        value = cache.get(key)
    except Exception:  # noqa: BLE001 - a cache outage costs speed, not the page
        logger.exception("Cache unavailable; computing %s without it", prefix)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, settings.NEWSDESK_PAGE_CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            logger.exception("Could not store %s in the cache", prefix)
    return value


def cached_count(queryset, identity: tuple[str, ...], version: int | None = None) -> int:
    """``queryset.count()``, computed once per content version (listing paginators use it).

    ``identity`` names the list (view, language, archive…) rather than its SQL, which
    carries the current time and so changes on every request.
    """
    return cached_per_version("count", (queryset.db, *identity), queryset.count, version)


def request_content_version(request) -> int | None:
    """The content version, read before a view builds its querysets (``None`` without a
    working cache): what that view computes and caches is stored under it. The page cache
    has read it already for most requests (``request.content_version``)."""
    if getattr(request, "content_version", None) is not None:
        return request.content_version
    try:
        return content_version()
    except Exception:  # noqa: BLE001 - without a cache, nothing is stored anyway
        logger.exception("Cache unavailable")
        return None


class PageCacheMiddleware:
    """Serve anonymous GET and HEAD requests for public pages from the cache.

    A request carrying a session cookie (an editor) is never served from, nor stored in, the
    cache, and gets ``Cache-Control: private``. Responses say how long browsers and CDNs may
    keep them, never past the next scheduled publication.
    """

    CACHEABLE_STATUS = {200, 301, 404}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.applies_to(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and self.is_editor(request):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        try:
            version = request.content_version = content_version()
            key = versioned_key(
                "page", request.get_host(), request.get_full_path(), version=version
            )
            cached = cache.get(key)
        except Exception:  # noqa: BLE001 - without a cache, serve uncached
            logger.exception("Page cache unavailable")
            return self.get_response(request)
        if cached is not None:
            cached["X-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self.storable(response):
            self.add_public_headers(response, version)
            try:
                cache.set(key, response, self.ttl(version))
            except Exception:  # noqa: BLE001
                logger.exception("Could not store a page in the cache")
            response["X-Cache"] = "miss"
        return response

    def applies_to(self, request) -> bool:
        return (
            settings.NEWSDESK_PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and not self.is_editor(request)
            and not request.path.startswith(settings.NEWSDESK_UNCACHED_PREFIXES)
        )

    @staticmethod
    def is_editor(request) -> bool:
        return settings.SESSION_COOKIE_NAME in request.COOKIES

    def storable(self, response) -> bool:
        if response.status_code not in self.CACHEABLE_STATUS or response.streaming:
            return False
        if response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-store", "no-cache"))

    def ttl(self, version: int) -> int:
        ttl = settings.NEWSDESK_PAGE_CACHE_SECONDS
        until = seconds_until_next_publication(version)
        return max(1, min(ttl, until)) if until is not None else ttl

    def add_public_headers(self, response, version: int) -> None:
        max_age = settings.NEWSDESK_BROWSER_MAX_AGE
        shared = settings.NEWSDESK_CDN_MAX_AGE
        until = seconds_until_next_publication(version)
        if until is not None:
            max_age, shared = min(max_age, until), min(shared, until)
        patch_cache_control(
            response,
            public=True,
            max_age=max_age,
            s_maxage=shared,
            stale_while_revalidate=settings.NEWSDESK_STALE_WHILE_REVALIDATE,
        )
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(version / 1000)
        if not response.has_header("ETag") and not response.streaming:
            # Set here (not by ConditionalGetMiddleware) so that it is stored with the page.
            digest = hashlib.blake2b(response.content, digest_size=16).hexdigest()
            response["ETag"] = f'"{digest}"'
