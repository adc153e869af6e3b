"""From a WordPress item to the values of a Newsdesk article: statuses, dates, slugs, text.

Pure decisions, no database writes: ``plan_post`` turns an ``Item`` into a ``PostPlan`` that
the writer saves. Problems found on the way (a date that is not a date, a title too long)
become report lines naming the item.
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsdesk.core.text import plain_text, slug_from_text
from newsdesk.importers.wordpress.content import convert_content, convert_excerpt
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.reader import Item
from newsdesk.news.models import RESERVED_SLUGS, Article, Redirect

Status = Article.Status

# WordPress post status -> Newsdesk status. "future" is published with a future time, which is
# what scheduled means here; "private" becomes a draft (not public), its WordPress status kept
# in the import reference.
STATUSES = {
    "publish": Status.PUBLISHED,
    "future": Status.PUBLISHED,
    "draft": Status.DRAFT,
    "pending": Status.REVIEW,
    "private": Status.DRAFT,
}
# Statuses of posts that are left out, and why. WordPress's own placeholders are not counted
# as skipped: nobody wrote them.
SKIPPED_STATUSES = {"trash": gettext_lazy("in the trash")}
PLACEHOLDER_STATUSES = frozenset({"auto-draft", "inherit"})

ZERO_DATE = "0000-00-00 00:00:00"
_WP_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})")

TITLE_MAX_LENGTH = Article._meta.get_field("title").max_length

# Postmeta that Newsdesk's own export adds, so that an export imports back without loss.
META_LANGUAGE = "_newsdesk_language"
META_DATELINE = "_newsdesk_dateline"
META_AUTHORS = "_newsdesk_authors"


class InvalidDate(ValueError):
    pass


def parse_wp_date(text: str, time_zone: datetime.tzinfo) -> datetime.datetime | None:
    """A WordPress date ("2024-07-01 09:30:00") in ``time_zone``; None for the zero date."""
    text = text.strip()
    if not text or text == ZERO_DATE:
        return None
    match = _WP_DATE.fullmatch(text)
    try:
        # Faster than strptime, which matters at one date per post.
        return datetime.datetime(*map(int, match.groups()), tzinfo=time_zone)  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        raise InvalidDate(text) from None


def publication_time(item: Item, time_zone: datetime.tzinfo) -> datetime.datetime | None:
    """``wp:post_date_gmt``, or ``wp:post_date`` in the site's time zone when the GMT date is
    the zero date (as it is for drafts). Raises InvalidDate when neither is a date but one
    of them was meant to be."""
    try:
        when = parse_wp_date(item.post_date_gmt, datetime.UTC)
    except InvalidDate:
        when = None
        bad = item.post_date_gmt
    else:
        bad = ""
    if when is None:
        try:
            when = parse_wp_date(item.post_date, time_zone)
        except InvalidDate:
            raise InvalidDate(item.post_date.strip()) from None
    if when is None and bad:
        raise InvalidDate(bad.strip())
    return when.astimezone(datetime.UTC) if when else None


def article_slug(post_name: str) -> str:
    """The slug for ``wp:post_name``: ASCII (WordPress keeps non-Latin slugs percent-encoded),
    and never one that a path under /news/ would shadow."""
    slug = slug_from_text(unquote(post_name))
    if slug and (slug in RESERVED_SLUGS or slug.isdigit()):
        slug = f"{slug}-article"
    return slug


def text_of(value: str) -> str:
    """Plain text from a WordPress title or name, which may hold entities and tags."""
    if "<" not in value and "&" not in value:
        return value.strip()
    return plain_text(value).strip()


OLD_PATH_MAX_LENGTH = Redirect._meta.get_field("old_path").max_length


def old_paths(item: Item, blog_path: str) -> list[str]:
    """The addresses the post had: its permalink's path and ``?p=ID``."""
    paths = []
    if item.link:
        path = unquote(urlsplit(item.link).path)
        # A draft's link is the home page with ?p=: the ?p= address covers it. An address
        # too long to keep (no browser sends one that long) gets no redirect.
        if path and path.rstrip("/") != blog_path and len(path) <= OLD_PATH_MAX_LENGTH:
            paths.append(path)
    if item.id.isdigit():
        query_path = f"{blog_path}/?p={item.id}"
        if query_path not in paths:
            paths.append(query_path)
    return paths


@dataclass(slots=True)
class PostPlan:
    wp_id: str
    wp_status: str
    description: str
    title: str
    slug: str
    language: str
    dateline: str
    body: str
    excerpt: str
    status: str
    published_at: datetime.datetime | None
    sticky: bool
    featured_image_id: int | None
    author_ids: list[int] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)
    tag_ids: list[int] = field(default_factory=list)
    old_paths: list[str] = field(default_factory=list)


def plan_post(item: Item, context: ImportContext) -> PostPlan:
    """What the article for ``item`` (a post to import) should hold."""
    report = context.report
    name = item.describe()
    status = STATUSES.get(item.status)
    if status is None:
        report.problems.add(
            _("%(item)s: unknown status %(status)r, imported as a draft")
            % {"item": name, "status": item.status}
        )
        status = Status.DRAFT
    if item.password and status == Status.PUBLISHED:
        # Newsdesk cannot ask for the password: publishing would show the text to everyone.
        report.problems.add(
            _("%(item)s: protected by a password, imported as a draft") % {"item": name}
        )
        status = Status.DRAFT
    try:
        published_at = publication_time(item, context.time_zone)
    except InvalidDate as error:
        report.problems.add(
            _("%(item)s: %(date)r is not a date; imported as a draft without a date")
            % {"item": name, "date": str(error)}
        )
        published_at, status = None, Status.DRAFT
    if published_at is None and status == Status.PUBLISHED:
        report.problems.add(
            _("%(item)s: published without a date; imported as a draft") % {"item": name}
        )
        status = Status.DRAFT

    title = text_of(item.title)
    if len(title) > TITLE_MAX_LENGTH:
        report.problems.add(
            _("%(item)s: title longer than %(max)s characters, cut")
            % {"item": name, "max": TITLE_MAX_LENGTH}
        )
        title = title[:TITLE_MAX_LENGTH].rstrip()

    converted = convert_content(item.content, context.upload_links)
    report.shortcodes.update(converted.shortcodes)
    for path in converted.unresolved_uploads:
        report.unresolved_uploads.add(f"{name}: {path}")

    language = item.meta.get(META_LANGUAGE, "").strip()
    if language not in context.languages:
        language = context.language

    return PostPlan(
        wp_id=item.id,
        wp_status=item.status,
        description=name,
        title=title,
        slug=article_slug(item.post_name),
        language=language,
        dateline=item.meta.get(META_DATELINE, "").strip()[:100],
        body=converted.html,
        excerpt=convert_excerpt(item.excerpt),
        status=status,
        published_at=published_at,
        sticky=item.is_sticky,
        featured_image_id=_featured_image(item, context),
        author_ids=_author_ids(item, context),
        category_ids=_term_ids(item, "category", context.categories),
        tag_ids=_term_ids(item, "post_tag", context.tags),
        old_paths=old_paths(item, context.blog_path),
    )


def _featured_image(item: Item, context: ImportContext) -> int | None:
    attachment = item.meta.get("_thumbnail_id", "").strip()
    if not attachment or attachment == "0":
        return None
    image_id = context.images.get(attachment)
    if image_id is None:
        reason = context.unimported_attachments.get(attachment) or _("not in the export")
        context.report.missing_files.add(
            _("%(item)s: imported without its featured image (attachment %(id)s: %(reason)s)")
            % {"item": item.describe(), "id": attachment, "reason": reason}
        )
    return image_id


def _author_ids(item: Item, context: ImportContext) -> list[int]:
    logins = [login.strip() for login in item.meta.get(META_AUTHORS, "").split(",")]
    logins = [login for login in logins if login] or ([item.creator] if item.creator else [])
    return list(
        dict.fromkeys(context.authors[login] for login in logins if login in context.authors)
    )


def _term_ids(item: Item, taxonomy: str, lookup: dict[str, int]) -> list[int]:
    ids = (lookup.get(term.slug) for term in item.terms if term.taxonomy == taxonomy)
    return list(dict.fromkeys(term_id for term_id in ids if term_id is not None))


def term_name(value: str) -> str:
    """WordPress stores term and author names with HTML entities (``Fish &amp; Chips``)."""
    return html.unescape(value).strip()
