"""Paginating long newest-first lists of articles (listings, archives, the API) cheaply."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from newsdesk.core.cache import cached_count, cached_per_version
from newsdesk.news.models import Article


class VersionedCountPaginator(Paginator):
    """A paginator for lists in newest-first order whose deep pages cost what the first does.

    The total is counted once per content version, not on every request. A page is found in
    two steps (a deferred join): its ids on the index alone, then those rows, in one query.
    Skipping rows with OFFSET still costs one index entry per skipped row, so every
    ``LANDMARK_STRIDE`` rows the list's position is remembered (the publication time and id
    of the row there, once per content version): a deep page seeks to the landmark before it
    and skips fewer than ``LANDMARK_STRIDE`` rows from there.
    """

    LANDMARK_STRIDE = 900
    NEWEST_FIRST = ("-published_at", "-id")

    def __init__(
        self, object_list, per_page, identity: tuple[str, ...], version: int | None, **kwargs
    ):
        """``version``: the content version read before ``object_list`` was made
        (``core.cache.request_content_version``): counts and landmarks are stored under it."""
        super().__init__(object_list, per_page, **kwargs)
        self.identity = identity
        self.version = version

    @cached_property
    def count(self) -> int:
        return cached_count(self.object_list, self.identity, self.version)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        rows, skip = self.object_list, bottom
        landmark = bottom // self.LANDMARK_STRIDE
        if landmark and tuple(rows.query.order_by) == self.NEWEST_FIRST:
            found = self.landmark(landmark)
            if found:
                published_at, pk = found
                # The landmark's bound comes first in the WHERE clause: given two upper bounds
                # on the same column (it and "published before now"), SQLite seeks with the
                # first one written.
                seek = Article.objects.filter(published_at__lte=published_at).exclude(
                    published_at=published_at, pk__gt=pk
                )
                rows = seek & rows
                skip = bottom - landmark * self.LANDMARK_STRIDE
        page_ids = rows.values("pk")[skip : skip + top - bottom]
        return self._get_page(list(self.object_list.filter(pk__in=page_ids)), number, self)

    def landmark(self, index: int) -> tuple | None:
        """(publication time, id) of the row at position ``index * LANDMARK_STRIDE``."""

        def find():
            position = index * self.LANDMARK_STRIDE
            row = self.object_list.values_list("published_at", "pk")[position : position + 1]
            return tuple(row[0]) if row else ()

        identity = (self.object_list.db, *self.identity, f"{index}/{self.LANDMARK_STRIDE}")
        return cached_per_version("landmark", identity, find, self.version) or None
