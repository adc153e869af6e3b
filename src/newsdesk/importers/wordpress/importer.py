"""Importing a WordPress export: the function ``import_wordpress`` that the command calls.

Two passes over the file, both streamed. The first collects authors and terms and stores the
attachments' pictures; the second imports the posts, which by then find their authors,
categories, tags, featured images and upload links in memory. Writes go in batches, each in
its own transaction: an interrupted import leaves no half-imported article, and running it
again (it recognises what it imported before) completes the job. A batch that fails is retried
one item at a time, so one bad item is reported and the others are still imported.
"""

from __future__ import annotations

import logging
import os
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from newsdesk.core import cache as page_cache
from newsdesk.images.models import Image
from newsdesk.importers.report import ImportReport
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import (
    META_AUTHORS,
    PLACEHOLDER_STATUSES,
    SKIPPED_STATUSES,
    plan_post,
)
from newsdesk.importers.wordpress.media import write_attachments
from newsdesk.importers.wordpress.reader import (
    Author,
    CleanReader,
    Item,
    Site,
    Term,
    WXRError,
    read_wxr,
)
from newsdesk.importers.wordpress.terms import import_terms
from newsdesk.importers.wordpress.writer import write_posts
from newsdesk.news.models import Article
from newsdesk.news.signals import articles_bulk_saved

logger = logging.getLogger(__name__)

BATCH_SIZE = 250
Progress = Callable[[str, float], None]


class ImportFailed(Exception):
    """The import could not start or read anything: one sentence for the person running it."""


def import_wordpress(
    export: str | os.PathLike,
    *,
    uploads: str | os.PathLike | None = None,
    dry_run: bool = False,
    language: str | None = None,
    time_zone: str | None = None,
    source: str = "",
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ImportReport:
    """Import the WordPress export at ``export``; returns the report.

    ``uploads`` is the local copy of the site's ``wp-content/uploads``. ``dry_run`` reads and
    checks everything inside a transaction that is rolled back, and stores no file.
    Raises ImportFailed when nothing could be imported (no such file, not an export…).
    """
    path = Path(export)
    if not path.is_file():
        raise ImportFailed(_("There is no file %(path)s.") % {"path": path})
    uploads_dir = Path(uploads) if uploads is not None else None
    if uploads_dir is not None and not uploads_dir.is_dir():
        raise ImportFailed(
            _("The uploads folder %(path)s does not exist or is not a folder.")
            % {"path": uploads_dir}
        )
    languages = dict(settings.LANGUAGES)
    language = language or settings.LANGUAGE_CODE
    if language not in languages:
        raise ImportFailed(
            _("%(language)s is not one of the site's languages (%(known)s).")
            % {"language": language, "known": ", ".join(languages)}
        )
    try:
        zone = zoneinfo.ZoneInfo(time_zone or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImportFailed(_("%(zone)s is not a time zone.") % {"zone": time_zone}) from None

    context = ImportContext(
        language=language,
        time_zone=zone,
        languages=frozenset(languages),
        uploads=uploads_dir,
        dry_run=dry_run,
        report=ImportReport(dry_run=dry_run),
    )
    run = _Run(path, context, progress, batch_size, source)
    if dry_run:
        with transaction.atomic():
            run.first_pass()
            run.second_pass()
            transaction.set_rollback(True)
    else:
        try:
            run.first_pass()
            run.second_pass()
        finally:
            # Bulk writes send no signals: tell the page cache, once, that content changed
            # (also when interrupted: the batches written so far are public).
            page_cache.bump_content_version()
    return context.report


class _Run:
    def __init__(self, path: Path, context: ImportContext, progress, batch_size: int, source: str):
        self.path = path
        self.context = context
        self.report = context.report
        self.progress = progress
        self.batch_size = batch_size
        self.source = source

    def records(self, phase: str, skip_content: bool) -> Iterator[Site | Author | Term | Item]:
        with self.path.open("rb") as raw:
            reader = CleanReader(raw)
            total = max(os.fstat(raw.fileno()).st_size, 1)
            try:
                records = read_wxr(reader, skip_content=skip_content)
                for record in records:
                    yield record
                    if self.progress:
                        self.progress(phase, reader.bytes_read / total)
            except WXRError as error:
                if not error.started:
                    raise ImportFailed(str(error)) from None
                self.report.stopped = str(error)
            self.report.dropped_characters = reader.dropped
        if self.progress:
            self.progress(phase, 1.0)

    def first_pass(self) -> None:
        """Authors and terms collected, attachments' pictures stored."""
        authors: dict[str, Author] = {}
        terms: dict[tuple[str, str], Term] = {}
        attachments: list[Item] = []
        without_uploads = 0
        for record in self.records(_("Reading authors, terms and pictures"), skip_content=True):
            if isinstance(record, Site):
                self.context.use_site(record, self.source)
                if not self.context.source:
                    self.context.source = self.report.source = f"file:{self.path.name}"
            elif isinstance(record, Author):
                if record.login:
                    authors[record.login] = record
            elif isinstance(record, Term):
                if record.slug:
                    terms[(record.taxonomy, record.slug)] = record
            elif record.post_type == "attachment":
                if self.context.uploads is None:
                    without_uploads += 1
                    self.context.unimported_attachments[record.id] = _("no uploads folder given")
                    continue
                attachments.append(record)
                if len(attachments) >= self.batch_size:
                    self.write(self.attachment_batch, attachments)
                    attachments = []
            elif record.post_type == "post" and _imported_status(record.status):
                # Terms and authors named only on posts (not declared in the channel).
                for term in record.terms:
                    if term.slug:
                        terms.setdefault((term.taxonomy, term.slug), term)
                for login in [record.creator, *record.meta.get(META_AUTHORS, "").split(",")]:
                    if login.strip():
                        authors.setdefault(login.strip(), Author(login=login.strip()))
        if attachments:
            self.write(self.attachment_batch, attachments)
        if without_uploads:
            self.report.skipped.add(
                _("%(number)s attachments: no uploads folder was given (--uploads)")
                % {"number": without_uploads}
            )
        self.write(
            lambda _none, _written: (import_terms(authors, terms, self.context), None), [None]
        )

    def second_pass(self) -> None:
        """The posts, in batches."""
        batch = []
        for record in self.records(_("Importing posts"), skip_content=False):
            if not isinstance(record, Item):
                continue
            item = record
            self.report.items[(item.post_type, item.status)] += 1
            self.report.comments += item.comment_count
            if item.post_type == "post":
                if item.status in SKIPPED_STATUSES:
                    self.report.skipped.add(f"{item.describe()}: {SKIPPED_STATUSES[item.status]}")
                elif item.status in PLACEHOLDER_STATUSES:
                    self.report.ignored[f"post ({item.status})"] += 1
                else:
                    batch.append(item)
                    if len(batch) >= self.batch_size:
                        self.write(self.post_batch, self.plans(batch))
                        batch = []
            elif item.post_type == "page":
                self.report.skipped.add(
                    _("%(item)s: pages are not imported (Newsdesk has no pages)")
                    % {"item": item.describe()}
                )
            elif item.post_type != "attachment":
                self.report.ignored[item.post_type] += 1
        if batch:
            self.write(self.post_batch, self.plans(batch))

    def plans(self, items: list[Item]) -> list:
        plans = []
        for item in items:
            try:
                plans.append(plan_post(item, self.context))
            except Exception as error:  # noqa: BLE001 - one odd post must not stop the import
                logger.debug("Could not read %s", item.describe(), exc_info=True)
                self.report.problems.add(
                    _("%(item)s: could not be read (%(error)s); not imported")
                    % {"item": item.describe(), "error": error}
                )
        return plans

    def attachment_batch(self, items: list[Item], written: list[str]):
        outcome, saved = write_attachments(items, self.context, written)

        def remember() -> None:
            for item, image, picture in saved:
                self.context.images[item.id] = image.pk
                self.context.upload_links.add_file(
                    picture.relative_path, image.file.url, item.attachment_url
                )

        return outcome, remember

    def post_batch(self, plans: list, written: list[str]):
        outcome = write_posts(plans, self.context)
        # Bulk inserts send no post_save: the search index and the page cache listen here.
        # Sent inside the batch's transaction, so the index entries are committed with the
        # articles: an import killed right after a commit leaves none of them unindexed (a
        # rerun finds them unchanged and would not index them again).
        articles_bulk_saved.send(sender=Article, ids=outcome.article_ids)
        return outcome, None

    def write(self, step, records: list) -> None:
        """Run ``step`` on ``records`` in a transaction; item by item when the batch fails."""
        written: list[str] = []
        try:
            with transaction.atomic():
                outcome, after_commit = step(records, written)
        except Exception as error:
            _delete_files(written)
            if len(records) > 1:
                for record in records:
                    self.write(step, [record])
                return
            logger.debug("Could not save %r", records, exc_info=True)
            name = getattr(records[0], "description", None) or _describe(records[0])
            self.report.problems.add(
                _("%(item)s: could not be saved (%(error)s); not imported")
                % {"item": name, "error": error}
            )
            return
        except BaseException:  # Ctrl-C: the transaction is rolled back, so are the files
            _delete_files(written)
            raise
        self.report.merge(outcome)
        if after_commit:
            after_commit()


def _imported_status(status: str) -> bool:
    return status not in SKIPPED_STATUSES and status not in PLACEHOLDER_STATUSES


def _describe(record) -> str:
    if isinstance(record, Item):
        return record.describe()
    return _("authors, categories and tags")


def _delete_files(names: list[str]) -> None:
    storage = Image._meta.get_field("file").storage
    for name in names:
        storage.delete(name)
