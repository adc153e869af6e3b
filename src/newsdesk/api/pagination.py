"""Pages of a list: the query parameters, and the envelope every API list answers with.

``{"count", "next", "previous", "results"}``, where ``next`` and ``previous`` are absolute
addresses that keep the request's other parameters, so a client follows them as they are.
"""

from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Field, Schema
from ninja.errors import HttpError

from newsdesk.news.pagination import VersionedCountPaginator

MAX_PAGE_SIZE = 100


def default_page_size() -> int:
    # Read per request, so the setting (and a test's override of it) always applies.
    return min(settings.NEWSDESK_PAGE_SIZE, MAX_PAGE_SIZE)


class PageQuery(Schema):
    page: int = Field(1, ge=1, description="Which page, from 1.")
    page_size: int = Field(
        default_factory=default_page_size,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Items per page, at most {MAX_PAGE_SIZE}. "
        "Default: the site's page size (setting NEWSDESK_PAGE_SIZE).",
    )


def paginate(
    request: HttpRequest,
    items: Sequence,
    query: PageQuery,
    represent: Callable[[Any], dict],
    versioned: tuple[tuple[str, ...], int | None] | None = None,
) -> dict:
    """The page ``query`` asks for, each item turned into JSON-ready data by ``represent``.

    An empty list still has its first page; any page past the last is a 404. Articles newest
    first come ``versioned``: the identity of their list (what selects them) and the content
    version read before the list was made, so that their count and deep pages cost what the
    site's listings do (``VersionedCountPaginator``).
    """
    if versioned is None:
        paginator = Paginator(items, query.page_size)
    else:
        identity, version = versioned
        paginator = VersionedCountPaginator(items, query.page_size, identity, version)
    if query.page > paginator.num_pages:
        raise HttpError(
            404,
            str(
                _("There is no page %(page)s: the last page is %(last)s.")
                % {"page": query.page, "last": paginator.num_pages}
            ),
        )
    page = paginator.page(query.page)
    return {
        "count": paginator.count,
        "next": page_address(request, page.next_page_number()) if page.has_next() else None,
        "previous": (
            page_address(request, page.previous_page_number()) if page.has_previous() else None
        ),
        "results": [represent(item) for item in page.object_list],
    }


def page_address(request: HttpRequest, number: int) -> str:
    """This request's absolute address on page ``number`` (page 1 without a ``page``)."""
    query = request.GET.copy()
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = str(number)
    encoded = query.urlencode()
    return request.build_absolute_uri(f"{request.path}?{encoded}" if encoded else request.path)
