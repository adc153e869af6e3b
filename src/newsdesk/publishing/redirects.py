"""Permanent redirects on a static host: renamed articles and imported permalinks.

Every ``news.Redirect`` whose target is public becomes a small HTML page at the old address
(a meta refresh, a canonical link and a plain link), which any static server can serve, and a
rule in ``_redirects`` and ``_nginx_redirects.map`` (see ``hosting``), which hosts that read
them answer with a real 301. An old address with a query string (WordPress's ``/?p=123``)
cannot be a file: only the rules can serve it.
"""

import posixpath
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from newsdesk.core.site import absolute_url
from newsdesk.news.models import Redirect
from newsdesk.publishing.snapshot import Snapshot
from newsdesk.publishing.urls_to_export import UnsafePath, file_path

# Extensions a static server sends as HTML; an old address with another one (.php, .asp)
# gets only the redirect rules, as a page there would be downloaded, not shown.
HTML_SUFFIXES = ("", ".html", ".htm")
RESERVED_TOP = ("static", "media", "_redirects", "_headers", "_nginx_redirects.map")


@dataclass(frozen=True)
class MovedPage:
    old_path: str
    query: str  # the old address's query string, "" when it has none
    target: str
    language: str
    page_path: str | None  # the redirect page's file, None when there is none


def target_of(redirect: Redirect, snapshot: Snapshot) -> str | None:
    """Where the old address leads, as ``Redirect.target_path`` says, with public articles
    taken from the export's snapshot (so the rule and the pages agree, in one query)."""
    if redirect.article_id is None:
        return redirect.new_path or None
    if redirect.article_id not in snapshot.articles:
        return None
    return redirect.article.get_absolute_url()


def page_file(path: str, taken: set[str]) -> str | None:
    """The file of a redirect page at ``path``, or None when a page cannot live there."""
    last = path.rsplit("/", 1)[-1]
    suffix = posixpath.splitext(last)[1].lower()
    if suffix not in HTML_SUFFIXES:
        return None
    try:
        # /about becomes about/index.html: static servers redirect /about to /about/.
        relative = file_path(path if path.endswith("/") or suffix else path + "/")
    except UnsafePath:
        return None
    if relative in taken or relative.split("/", 1)[0] in RESERVED_TOP:
        return None
    return relative


def moved_pages(snapshot: Snapshot, exported: dict[str, str]) -> list[MovedPage]:
    """The redirects the export serves. ``exported`` maps the addresses of the exported pages
    to their files: a plain old address that is a live page stays that page, as on the site
    (the redirect middleware only answers addresses that would be a 404)."""
    taken = set(exported.values())
    moved = []
    # Sorted here, not by the database, whose collation may differ: same data, same files.
    redirects = sorted(Redirect.objects.select_related("article"), key=lambda r: r.old_path)
    for redirect in redirects:
        target = target_of(redirect, snapshot)
        if not target or target == redirect.old_path or not redirect.old_path.startswith("/"):
            continue
        path, _mark, query = redirect.old_path.partition("?")
        if not query and path in exported:
            continue
        if redirect.article_id is not None:
            language = redirect.article.language
        else:
            language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
        page = None if query else page_file(path, taken)
        if page:
            taken.add(page)
        moved.append(MovedPage(path, query, target, language, page))
    return moved


def redirect_page(moved: MovedPage) -> bytes:
    with translation.override(moved.language):
        return render_to_string(
            "publishing/redirect.html",
            {
                "language": moved.language,
                "target": moved.target,
                "absolute_target": absolute_url(moved.target),
            },
        ).encode()
