"""Rendering pages through the site's own request handler (Django's test client), in this
process or in forked worker processes, and writing each one as soon as it is rendered.

The pages are the live site's: the same URLs, views, templates and middleware, requested with
the export's host and scheme. The one change made to a rendered page is on the search page,
which gains the static search (see ``static_search``).
"""

import functools
import html
import multiprocessing
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.db import connections
from django.test import Client

from newsdesk.publishing.search_index import entries_for
from newsdesk.publishing.static_search import SearchPageChanged, with_static_search
from newsdesk.publishing.urls_to_export import Page, UnsafePath, file_path
from newsdesk.publishing.writer import Output

# Fewer pages than this are rendered in this process: starting workers would cost more.
POOL_THRESHOLD = 40
BATCH = 25

# A start tag (quoted attribute values may hold ">"), and the attributes that name addresses.
_TAG = re.compile(
    r"""<[a-zA-Z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>"""
)
_ATTRIBUTE = re.compile(
    r"""(?:^|\s)(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
    re.IGNORECASE,
)
# The headers a static host should send with every page, as the live site sends them.
SITE_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
)
_HTML_START = re.compile(rb"\s*<!doctype html", re.IGNORECASE)
# Django's syndication framework dates a feed with no items by the time of the request.
_FEED_DATE = re.compile(rb"<(lastBuildDate|updated)>[^<]*</\1>")


@dataclass
class Job:
    """What every renderer needs; set before the workers are forked, which inherit it."""

    output: Output
    origin: str  # https://news.example.org
    host: str
    secure: bool


@dataclass
class Rendered:
    page: Page
    digest: str = ""
    size: int = 0
    written: bool = False
    content_type: str = ""
    # Same-site files this page links to -> the address of this page (for the report).
    links: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # SITE_HEADERS, of the home page
    problem: str = ""


_job: Job | None = None
_client: Client | None = None


def is_html(content: bytes) -> bool:
    return bool(_HTML_START.match(content[:64]))


def without_request_date(content: bytes) -> bytes:
    """A feed with no items, without the one value that changes on every request (RSS's
    lastBuildDate, Atom's updated). Used to compare feeds, so that an empty feed is not
    rewritten on every export; the file keeps the date of the render that wrote it."""
    if b"<item>" in content or b"<entry>" in content:
        return content
    return _FEED_DATE.sub(rb"<\1></\1>", content)


def addresses(attribute: str, value: str) -> list[str]:
    value = html.unescape(value).strip()
    if attribute.lower() != "srcset":
        return [value]
    # "a.webp 480w, b.webp 960w": an address, then its width or density.
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def link_targets(content: str, page_url: str, origin: str) -> set[str]:
    """The files of the export that the ``href``, ``src`` and ``srcset`` attributes of a page
    point to (same-site addresses only; fragments and query strings dropped). An address that
    cannot be a file is returned as it is, and will be reported as broken."""
    base = origin + urlsplit(page_url).path
    values = {
        value
        for tag in _TAG.finditer(content)
        for attribute, double, single, bare in _ATTRIBUTE.findall(tag.group(1))
        for value in addresses(attribute, double or single or bare)
    }
    targets = set()
    for value in values:
        if not value or value.startswith("#"):
            continue
        if value.startswith("/") and not value.startswith("//") and "/." not in value:
            # Most links are plain site-absolute paths: nothing to resolve against the page.
            path = value.split("#", 1)[0].split("?", 1)[0]
        else:
            parts = urlsplit(urljoin(base, value))
            if f"{parts.scheme}://{parts.netloc}".lower() != origin:
                continue
            path = parts.path or "/"
        targets.add(export_file(path))
    return targets


@functools.lru_cache(maxsize=4096)
def export_file(path: str) -> str:
    """The file a same-site path names (the path itself when it cannot be one). Pages share
    most of their links (navigation, style sheet, sections), so the answers are remembered."""
    try:
        return file_path(path)
    except UnsafePath:
        return path


def start(job: Job) -> None:
    """Make ``job`` the one this process (and the workers it forks) renders for."""
    global _job, _client
    _job = job
    _client = None


def client() -> Client:
    global _client
    if _client is None:
        _client = Client(headers={"host": _job.host})
    return _client


def render(page: Page) -> Rendered:
    result = Rendered(page)
    try:
        response = client().get(page.url, secure=_job.secure)
    except Exception as error:  # noqa: BLE001 - reported with its address, the export goes on
        result.problem = f"{page.url}: {type(error).__name__}: {error}"
        return result
    if response.status_code != page.status:
        result.problem = f"{page.url} answered {response.status_code}, not {page.status}"
        return result
    content = response.content
    if page.kind == "search":
        try:
            content = with_static_search(content, page.url)
        except SearchPageChanged as error:
            result.problem = str(error)
            return result
    elif page.kind == "alias":
        try:
            content = aliased_file(response["Location"])
        except (OSError, UnsafePath):
            result.problem = f"{page.url} leads to {response['Location']}, not a file of the export"
            return result
    result.content_type = response.get("Content-Type", "")
    compare = without_request_date if page.kind == "feed" else None
    result.digest, result.written = _job.output.write_if_changed(page.path, content, compare)
    result.size = len(content)
    if page.kind == "home":
        result.headers = {name: response[name] for name in SITE_HEADERS if name in response}
    if is_html(content):
        targets = link_targets(content.decode("utf-8", "replace"), page.url, _job.origin)
        result.links = dict.fromkeys(targets, page.url)
    return result


def aliased_file(location: str) -> bytes:
    """The bytes of the exported file a redirect leads to (the icon /favicon.ico points at):
    a static host serves them at the old address, as no redirect works for every host."""
    return (_job.output.root / file_path(urlsplit(location).path)).read_bytes()


def run_task(task: tuple[str, list]) -> tuple[str, list]:
    kind, items = task
    if kind == "pages":
        return kind, [render(page) for page in items]
    return kind, entries_for(items)


def tasks(pages: list[Page], search_ids: list[int]) -> list[tuple[str, list]]:
    work = [("pages", pages[i : i + BATCH]) for i in range(0, len(pages), BATCH)]
    work += [("search", search_ids[i : i + 200]) for i in range(0, len(search_ids), 200)]
    return work


def run(
    job: Job, pages: list[Page], search_ids: list[int], jobs: int
) -> Iterator[tuple[str, list]]:
    """Render ``pages`` and compute the search entries of ``search_ids``, yielding results
    batch by batch as they come (in no particular order)."""
    start(job)
    work = tasks(pages, search_ids)
    if jobs <= 1 or len(pages) + len(search_ids) // 20 < POOL_THRESHOLD:
        for task in work:
            yield run_task(task)
        return
    # A forked child must open its own database connections: none may be inherited.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap_unordered(run_task, work)
