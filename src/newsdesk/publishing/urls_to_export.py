"""Every public address of the site, where each one is written, and which must be rendered now.

The addresses come from the data (a ``Snapshot``) and ``reverse()``, never from crawling.
Compared with the snapshot of the previous export, a page needs rendering only when something
it shows can have changed: its own article, the other versions of its story, the neighbours
it links, the slice of a listing it holds, or the number of pages of that listing (every page
links the last one). Pages that depend on every article but cost little (home, search, the
sitemap index) are rendered on any change; pages that show no article (404, robots.txt) only
in a complete export. Writing is still skipped when the bytes did not change.
"""

import math
from dataclasses import dataclass, field
from urllib.parse import unquote

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from newsdesk.news.sitemaps import URLS_PER_FILE
from newsdesk.publishing.snapshot import (
    SECTION_KINDS,
    Snapshot,
    changed_articles,
    content_languages,
    listings,
    neighbours,
    sitemap_archives,
    sitemap_article_entries,
    sitemap_articles,
    with_their_versions,
)

FEED_NAMES = {"rss": "feed", "atom": "feed_atom", "json": "feed_json"}
LISTING_NAMES = {
    "news": "news:index",
    "category": "news:category",
    "tag": "news:tag",
    "author": "news:author",
    "year": "news:year",
    "month": "news:month",
}


# reverse() costs tens of microseconds, and an export asks for tens of thousands of addresses:
# each route is reversed once per language with these stand-ins, which are then replaced.
# Slugs and page numbers appear in a path exactly as given, so the replacement is exact
# (tests compare it with reverse() for every address of an export).
_STAND_INS = {"slug": "zz0slug0zz", "page": 987654321}  # years and months are part of the key
_routes: dict[tuple, str] = {}


def route(language: str, name: str, **kwargs) -> str:
    """``reverse(name, kwargs=kwargs)`` in ``language``, cached per route."""
    key = (
        name,
        language,
        kwargs.get("year"),
        kwargs.get("month"),
        "slug" in kwargs,
        "page" in kwargs,
    )
    template = _routes.get(key)
    if template is None:
        samples = {**kwargs, **{k: _STAND_INS[k] for k in kwargs if k in _STAND_INS}}
        with translation.override(language):
            sample = reverse(name, kwargs=samples or None)
        template = sample.replace("{", "{{").replace("}", "}}")
        for stand_in_key, stand_in in _STAND_INS.items():
            template = template.replace(str(stand_in), "{" + stand_in_key + "}")
        _routes[key] = template
    return template.format_map(kwargs)


class UnsafePath(ValueError):
    """An address that cannot become a file inside the export folder."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # what is requested, with its query string if any
    path: str  # where it is written, relative to the export folder
    kind: str
    # The address pattern a _headers rule uses when the file name does not tell the type.
    pattern: str = ""
    status: int = 200
    article_id: int | None = None


@dataclass
class Plan:
    pages: list[Page] = field(default_factory=list)
    dirty: set[str] = field(default_factory=set)  # paths of the pages to render now
    changed: set[int] = field(default_factory=set)  # ids of articles that changed
    touched: set[int] = field(default_factory=set)  # those and the other versions of their story
    complete: bool = True  # everything is rendered (no usable previous export)

    def add(self, page: Page, dirty: bool) -> None:
        self.pages.append(page)
        if dirty or self.complete:
            self.dirty.add(page.path)

    def to_render(self) -> list[Page]:
        return [page for page in self.pages if page.path in self.dirty]


def file_path(url_path: str) -> str:
    """Where the page at ``url_path`` lives in the export: ``/news/x/`` -> ``news/x/index.html``,
    ``/news/feed.json`` -> ``news/feed.json``. Raises UnsafePath for anything that could escape
    the folder or is not a plain path."""
    path = unquote(url_path) if "%" in url_path else url_path
    if not path.startswith("/") or "\\" in path or "\x00" in path or "?" in path:
        raise UnsafePath(url_path)
    directory_style = path.endswith("/")
    relative = path[1:-1] if directory_style else path[1:]
    if relative and any(part in ("", ".", "..") for part in relative.split("/")):
        raise UnsafePath(url_path)
    if not directory_style:
        if not relative:
            raise UnsafePath(url_path)
        return relative
    return f"{relative}/index.html" if relative else "index.html"


def plan_export(new: Snapshot, old: Snapshot | None = None) -> Plan:
    """All pages of the export; with ``old``, only the ones that may have changed are dirty."""
    plan = Plan(complete=old is None)
    if old is not None:
        plan.changed = changed_articles(old, new)
        plan.touched = with_their_versions(plan.changed, old, new)
    new_lists = listings(new)
    old_lists = listings(old) if old is not None else {}
    linked = (neighbours(new), neighbours(old) if old is not None else {})
    for language in content_languages():
        with translation.override(language):
            add_fixed_pages(plan)
        for key, ids in new_lists.items():
            if key[1] == language:
                add_listing(plan, key, ids, old_lists.get(key))
        add_articles(plan, new, linked, language)
    add_sitemaps(plan, new, old)
    # Neither shows an article: only a complete export (or a missing file) renders them.
    plan.add(Page(reverse("robots"), "robots.txt", "robots"), dirty=False)
    # /favicon.ico answers with a redirect to the hashed icon: the export holds the icon there.
    plan.add(Page(reverse("favicon"), "favicon.ico", "alias", status=301), dirty=False)
    return plan


def add_fixed_pages(plan: Plan) -> None:
    """Home, search and the 404 page of the active language. Home and search show the newest
    articles and the range of years: rendered on any change (they cost little). The 404 page
    shows no article."""
    home = reverse("home")
    plan.add(Page(home, file_path(home), "home"), dirty=bool(plan.changed))
    search = reverse("search:index")
    plan.add(Page(search, file_path(search), "search"), dirty=bool(plan.changed))
    plan.add(Page(home + "404.html", file_path(home + "404.html"), "not_found", status=404), False)


def listing_url(key: tuple, number: int = 1) -> str:
    kind, language = key[0], key[1]
    name = LISTING_NAMES[kind]
    if kind == "news":
        kwargs = {}
    elif kind in SECTION_KINDS:
        kwargs = {"slug": key[2]}
    elif kind == "year":
        kwargs = {"year": key[2]}
    else:
        kwargs = {"year": key[2], "month": key[3]}
    if number == 1:
        return route(language, name, **kwargs)
    return route(language, f"{name}_page", **kwargs, page=number)


def feed_url(key: tuple, feed_format: str) -> str:
    suffix = FEED_NAMES[feed_format]
    if key[0] == "news":
        return route(key[1], f"news:{suffix}")
    return route(key[1], f"news:{key[0]}_{suffix}", slug=key[2])


def page_count(count: int, allow_empty: bool) -> int:
    pages = math.ceil(count / settings.NEWSDESK_PAGE_SIZE)
    return max(pages, 1) if allow_empty else pages


def add_listing(plan: Plan, key: tuple, ids: list[int], old_ids: list[int] | None) -> None:
    """The pages of one listing, and its three feeds when it has them."""
    size = settings.NEWSDESK_PAGE_SIZE
    allow_empty = key[0] not in ("year", "month")
    count = page_count(len(ids), allow_empty)
    moved = old_ids is None or page_count(len(old_ids), allow_empty) != count
    for number in range(1, count + 1):
        start = (number - 1) * size
        held = ids[start : start + size]
        dirty = moved or held != old_ids[start : start + size] or not plan.changed.isdisjoint(held)
        url = listing_url(key, number)
        plan.add(Page(url, file_path(url), "listing"), dirty)
    if key[0] in ("year", "month"):
        return
    items = settings.NEWSDESK_FEED_ITEMS
    top = ids[:items]
    dirty = old_ids is None or top != old_ids[:items] or not plan.changed.isdisjoint(top)
    for feed_format in FEED_NAMES:
        url = feed_url(key, feed_format)
        # One _headers rule covers a format's feeds of every section: /news/*/feed/ and so on.
        pattern = url if key[0] == "news" else url.replace(f"/{key[0]}/{key[2]}/", "/*/", 1)
        plan.add(Page(url, file_path(url), "feed", pattern=pattern), dirty)


def add_articles(plan: Plan, new: Snapshot, linked: tuple[dict, dict], language: str) -> None:
    """Article pages (and, in the default language, their API documents), rendered when the
    article, a version of its story or one of the neighbours its page links changed.
    ``linked`` holds each article's neighbours now and at the previous export."""
    new_neighbours, old_neighbours = linked
    api = language == settings.LANGUAGE_CODE
    for state in new.articles.values():
        if state.language != language:
            continue
        around = new_neighbours.get(state.id, (None, None))
        dirty = (
            state.id in plan.touched
            or around != old_neighbours.get(state.id)
            or not plan.changed.isdisjoint(around)
        )
        url = route(language, "news:article", slug=state.slug)
        plan.add(Page(url, file_path(url), "article", article_id=state.id), dirty)
        if api:
            url = route(language, "api:get_article", slug=state.slug)
            page = Page(url, file_path(url), "api", pattern="/api/v1/*", article_id=state.id)
            plan.add(page, state.id in plan.changed)


def sitemap_page_url(section: str, number: int) -> tuple[str, str]:
    """The address of a sitemap page and its file: page 2 of ``/sitemap-articles.xml`` is
    ``/sitemap-articles.xml?p=2``, written as ``sitemap-articles-p2.xml``."""
    url = reverse("sitemap_section", kwargs={"section": section})
    if number == 1:
        return url, file_path(url)
    stem = file_path(url).removesuffix(".xml")
    return f"{url}?p={number}", f"{stem}-p{number}.xml"


def add_sitemaps(plan: Plan, new: Snapshot, old: Snapshot | None) -> None:
    """The index and the three sections of SITEMAPS (pages, articles, archives). A file of a
    section is rendered when one of its entries may read differently (entries show days, not
    times: an edit rarely changes them)."""
    # The index dates each section by its latest change, to the second; the pages section
    # dates the home and news pages of each language.
    plan.add(Page(reverse("sitemap"), "sitemap.xml", "sitemap"), dirty=bool(plan.changed))
    url, path = sitemap_page_url("pages", 1)
    plan.add(Page(url, path, "sitemap"), dirty=bool(plan.changed))

    ordered = sitemap_articles(new)
    old_ordered = sitemap_articles(old) if old is not None else None
    entries = sitemap_article_entries(new)
    old_entries = sitemap_article_entries(old) if old is not None else {}
    count = max(1, math.ceil(len(ordered) / URLS_PER_FILE))
    moved = old_ordered is None or max(1, math.ceil(len(old_ordered) / URLS_PER_FILE)) != count
    for number in range(1, count + 1):
        start = (number - 1) * URLS_PER_FILE
        held = ordered[start : start + URLS_PER_FILE]
        dirty = (
            moved
            or held != old_ordered[start : start + URLS_PER_FILE]
            or any(entries[pk] != old_entries.get(pk) for pk in held)
        )
        url, path = sitemap_page_url("articles", number)
        plan.add(Page(url, path, "sitemap"), dirty)

    archives, counts = sitemap_archives(new)
    dirty = old is None or (archives, counts) != sitemap_archives(old)
    for number in range(1, max(1, math.ceil(len(archives) / URLS_PER_FILE)) + 1):
        url, path = sitemap_page_url("archives", number)
        plan.add(Page(url, path, "sitemap"), dirty)
