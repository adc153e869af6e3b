"""``export_site``: the whole public site as files in a folder, for any static host or CDN.

The steps: collect the static files; take a snapshot of the public content; plan the pages
(all of them, or with ``incremental`` only those that can have changed since the previous
export); render them through the live views and write those whose bytes changed; add the
search indexes, the redirect pages, the host files and the pictures; delete what the export
no longer holds; save the manifest; check the links. See docs/operations.md.
"""

import contextlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation

from newsdesk.publishing import assets, hosting, render, search_index
from newsdesk.publishing.fingerprint import site_fingerprint
from newsdesk.publishing.links import broken_links
from newsdesk.publishing.redirects import moved_pages, redirect_page
from newsdesk.publishing.snapshot import Snapshot, content_languages, take_snapshot
from newsdesk.publishing.urls_to_export import Plan, plan_export
from newsdesk.publishing.writer import ExportLock, Output, read_manifest, write_manifest

DEFAULT_BASE_URL = "http://localhost:8000"


class ExportError(ValueError):
    """A reason the export cannot start, in a sentence for the person who asked for it."""


@dataclass
class ExportReport:
    pages: int = 0  # pages the export holds
    rendered: int = 0
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    bytes_written: int = 0
    total_bytes: int = 0
    seconds: float = 0.0
    complete: bool = True  # every page was rendered (no usable previous export)
    broken_links: dict[str, str] = field(default_factory=dict)  # target -> a page linking it
    problems: list[str] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.rendered / self.seconds if self.seconds else 0.0


def checked_base_url(base_url: str) -> str:
    """``scheme://host[:port]`` of the site, or ExportError."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ExportError(f"--base-url must start with http:// or https:// (got {base_url!r}).")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ExportError(
            "--base-url must be the site's root, such as https://news.example.org: the pages "
            "link to /news/… and cannot live under a sub-path."
        )
    return f"{parts.scheme}://{parts.netloc}".lower()


def export_site(
    root: Path, *, base_url: str, incremental: bool = False, jobs: int = 1, progress=None
) -> ExportReport:
    """Export the site into ``root``; ``progress(done, total)`` hears how rendering goes."""
    started = time.monotonic()
    origin = checked_base_url(base_url)
    root = Path(root).resolve()
    if root.exists() and not root.is_dir():
        raise ExportError(f"{root} exists and is not a folder.")
    root.mkdir(parents=True, exist_ok=True)
    overrides = override_settings(
        NEWSDESK_BASE_URL=origin,
        NEWSDESK_PAGE_CACHE=False,  # every page fresh from the views
        ALLOWED_HOSTS=[urlsplit(origin).hostname],
        STATIC_ROOT=str(root / "static"),  # {% static %} names what is collected there
        SECURE_SSL_REDIRECT=False,
        NEWSDESK_RATE_LIMIT=False,  # the export asks for thousands of API documents
    )
    with ExportLock(root) as lock, overrides, quiet_not_found():
        report = Export(root, origin, lock.interrupted_before).run(incremental, jobs, progress)
        lock.finished()
    report.seconds = time.monotonic() - started
    return report


@contextlib.contextmanager
def quiet_not_found():
    """The 404 pages are rendered on purpose: no "Not Found" warning for them."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


class Export:
    def __init__(self, root: Path, origin: str, interrupted_before: bool):
        self.root = root
        self.origin = origin
        previous = read_manifest(root) or {}
        # After an interrupted export the manifest may not describe the files on disk.
        self.trusted = bool(previous.get("complete")) and not interrupted_before
        self.previous = previous if self.trusted else {}
        self.old_files: dict[str, list] = self.previous.get("files", {})
        self.output = Output(
            root, {path: entry[0] for path, entry in self.old_files.items()}, self.trusted
        )
        self.report = ExportReport()
        self.files: dict[str, list] = {}  # what the export holds: path -> [digest, size]
        self.links: dict[str, str] = {}
        self.content_types: dict[str, str] = dict(self.previous.get("types", {}))
        self.site_headers: dict[str, str] = dict(self.previous.get("site_headers", {}))

    def run(self, incremental: bool, jobs: int, progress) -> ExportReport:
        assets.collect_static()
        snapshot = take_snapshot()
        fingerprint = site_fingerprint(self.root / "static")
        old_snapshot = None
        if incremental and self.previous.get("fingerprint") == fingerprint:
            old_snapshot = Snapshot.from_json(self.previous["articles"], snapshot.sections)
        plan = plan_export(snapshot, old_snapshot)
        folder = f"{self.root}{os.sep}"
        for page in plan.pages:
            if page.path not in self.old_files or not os.path.isfile(folder + page.path):
                plan.dirty.add(page.path)  # missing from the folder: render it in any case
        self.report.pages = len(plan.pages)
        self.report.complete = plan.complete

        entries = self.render_pages(plan, snapshot, jobs, progress)
        self.write_search_indexes(plan, snapshot, entries)
        self.write_redirects(plan, snapshot)
        image_ids = {state.image for state in snapshot.articles.values() if state.image}
        media, copied = assets.copy_media(self.root, image_ids)
        self.files.update(media)
        self.report.written.extend(copied)
        self.report.bytes_written += sum(media[path][1] for path in copied)

        gone = [path for path in self.old_files if path not in self.files]
        self.report.removed = self.output.remove(gone)
        self.report.total_bytes = sum(entry[1] for entry in self.files.values())
        write_manifest(
            self.root,
            {
                "complete": not self.report.problems,
                "base_url": self.origin,
                "fingerprint": fingerprint,
                "articles": snapshot.to_json(),
                "files": self.files,
                "types": self.content_types,
                "site_headers": self.site_headers,
            },
        )
        self.report.broken_links = broken_links(self.root, self.links, set(self.files))
        return self.report

    def write(self, relative: str, content: bytes) -> None:
        digest, written = self.output.write_if_changed(relative, content)
        self.files[relative] = [digest, len(content)]
        if written:
            self.report.written.append(relative)
            self.report.bytes_written += len(content)

    def render_pages(self, plan: Plan, snapshot: Snapshot, jobs: int, progress) -> dict:
        """Render the dirty pages (and in a complete export, every search entry, in the same
        workers); return the search entries by article id."""
        for page in plan.pages:
            if page.path not in plan.dirty:
                self.files[page.path] = self.old_files[page.path]
        to_render = plan.to_render()
        search_ids = list(snapshot.articles) if plan.complete else []
        parts = urlsplit(self.origin)
        job = render.Job(self.output, self.origin, parts.netloc, parts.scheme == "https")
        entries, done = {}, 0
        for kind, results in render.run(job, to_render, search_ids, jobs):
            if kind == "search":
                entries.update((entry["id"], entry) for entry in results)
                continue
            for result in results:
                self.take(result)
            done += len(results)
            if progress:
                progress(done, len(to_render))
        self.report.rendered = done
        return entries

    def take(self, result: render.Rendered) -> None:
        page = result.page
        if result.problem:
            self.report.problems.append(result.problem)
            if page.path in self.old_files:  # keep the old file rather than lose the page
                self.files[page.path] = self.old_files[page.path]
            return
        self.files[page.path] = [result.digest, result.size]
        if result.written:
            self.report.written.append(page.path)
            self.report.bytes_written += result.size
        if page.pattern:
            self.content_types[page.pattern] = result.content_type
        if result.headers:
            self.site_headers = result.headers
        for target, page_url in result.links.items():
            self.links.setdefault(target, page_url)

    def write_search_indexes(self, plan: Plan, snapshot: Snapshot, fresh: dict) -> None:
        """One index per language; an incremental export patches the previous one."""
        ordered = snapshot.newest_first()
        for language in content_languages():
            with translation.override(language):
                relative = reverse("search:index").lstrip("/") + "index.json"
            ids = [state.id for state in ordered if state.language == language]
            known = {}
            if not plan.complete and relative in self.old_files:
                try:
                    known = search_index.read_entries((self.root / relative).read_bytes()) or {}
                except OSError:
                    known = {}
            refresh = [
                pk for pk in ids if pk not in fresh and (pk in plan.changed or pk not in known)
            ]
            fresh.update((entry["id"], entry) for entry in search_index.entries_for(refresh))
            entries = [fresh[pk] if pk in fresh else known[pk] for pk in ids]
            self.write(relative, search_index.index_content(language, entries))

    def write_redirects(self, plan: Plan, snapshot: Snapshot) -> None:
        """Redirect pages, and the host files: _redirects, _nginx_redirects.map, _headers."""
        moved = moved_pages(snapshot, {page.url: page.path for page in plan.pages})
        for item in moved:
            if item.page_path:
                content = redirect_page(item)
                self.write(item.page_path, content)
                for target in render.link_targets(content.decode(), item.old_path, self.origin):
                    self.links.setdefault(target, item.old_path)
        sitemaps = [page for page in plan.pages if page.kind == "sitemap"]
        self.write("_redirects", hosting.redirects_file(moved, sitemaps))
        self.write("_nginx_redirects.map", hosting.nginx_map_file(moved))
        rules = hosting.type_rules(plan.pages, self.content_types)
        self.write("_headers", hosting.headers_file(rules, self.site_headers))
