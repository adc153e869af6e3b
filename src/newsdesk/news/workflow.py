"""The editorial workflow: who may do what, publishing, revisions, the audit log, previews.

Views and admin actions parse input and call these functions; tests call them too.
"""

import difflib
import json

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from newsdesk.news.models import Article, AuditEntry, PreviewLink, Revision
from newsdesk.news.models.editorial import REVISION_FIELDS, REVISION_RELATIONS

Status = Article.Status


def can_publish(user) -> bool:
    return user.has_perm("news.publish_article")


def can_edit(user, article: Article | None) -> bool:
    """Editors edit everything; contributors only their own drafts."""
    if not user.has_perm("news.change_article"):
        return False
    if article is None or can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status == Status.DRAFT


# Revisions


def snapshot(article: Article) -> dict:
    data = {name: getattr(article, name) for name in REVISION_FIELDS}
    data["published_at"] = article.published_at.isoformat() if article.published_at else None
    for relation in REVISION_RELATIONS:
        data[relation] = sorted(getattr(article, relation).values_list("pk", flat=True))
    return data


def record_revision(article: Article, user, note: str = "") -> Revision:
    return Revision.objects.create(
        article=article, created_by=user if user and user.pk else None, data=snapshot(article),
        note=note,
    )  # fmt: skip


def revision_diff(older: Revision, newer: Revision) -> list[dict]:
    """Field by field, what changed between two revisions, as escaped HTML lines."""
    changes = []
    for name in [*REVISION_FIELDS, *REVISION_RELATIONS]:
        before, after = older.data.get(name), newer.data.get(name)
        if before == after:
            continue
        label = Article._meta.get_field(name.removesuffix("_id")).verbose_name
        before_lines = _lines(before)
        after_lines = _lines(after)
        rows = []
        for line in difflib.ndiff(before_lines, after_lines):
            kind = {"- ": "removed", "+ ": "added", "  ": "same"}.get(line[:2])
            if kind:
                rows.append({"kind": kind, "text": line[2:]})
        changes.append({"field": str(label), "rows": rows})
    return changes


def _lines(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        # One line per block element, so a changed paragraph shows as one changed line.
        return value.replace("><", ">\n<").splitlines() or [value]
    return [json.dumps(value, ensure_ascii=False)]


def diff_as_html(changes: list[dict]) -> str:
    """Our own markup around escaped text: safe to render."""
    parts = []
    for change in changes:
        parts.append(f"<h3>{escape(change['field'])}</h3><pre class='revision-diff'>")
        for row in change["rows"]:
            sign = {"removed": "−", "added": "+", "same": " "}[row["kind"]]
            parts.append(f"<span class='diff-{row['kind']}'>{sign} {escape(row['text'])}</span>\n")
        parts.append("</pre>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


@transaction.atomic
def restore_revision(revision: Revision, user) -> Article:
    """Put an article back as it was in ``revision``; the restore is itself a new revision."""
    article = revision.article
    data = revision.data
    before = (article.status, article.published_at)
    for name in REVISION_FIELDS:
        value = data.get(name)
        if name == "published_at":
            value = timezone.datetime.fromisoformat(value) if value else None
        setattr(article, name, value)
    if not can_publish(user) and article.status == Status.PUBLISHED:
        article.status, article.published_at = before
    article.save()
    for relation in REVISION_RELATIONS:
        getattr(article, relation).set(data.get(relation, []))
    stamp = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
    record_revision(article, user, note=_("Restored the revision of %(when)s") % {"when": stamp})
    AuditEntry.objects.create(
        action=AuditEntry.Action.RESTORE, article=article, article_title=article.display_title,
        user=user, detail=stamp,
    )  # fmt: skip
    audit_publication_change(article, before, user)
    return article


# Publication and the audit log


def audit_publication_change(article: Article, before: tuple, user) -> None:
    """Log a publish, schedule or unpublish that a save just made."""
    was_public = before[0] == Status.PUBLISHED
    is_public = article.status == Status.PUBLISHED
    if is_public and (not was_public or before[1] != article.published_at):
        action = AuditEntry.Action.SCHEDULE if article.is_scheduled else AuditEntry.Action.PUBLISH
    elif was_public and not is_public:
        action = AuditEntry.Action.UNPUBLISH
    else:
        return
    AuditEntry.objects.create(
        action=action, article=article, article_title=article.display_title, user=user,
        detail=timezone.localtime(article.published_at).isoformat() if is_public else "",
    )  # fmt: skip


@transaction.atomic
def publish(article: Article, by, at=None) -> Article:
    """Publish now, or schedule for ``at``."""
    before = (article.status, article.published_at)
    article.status = Status.PUBLISHED
    article.published_at = at or (article.published_at if article.is_scheduled else None)
    article.published_at = article.published_at or timezone.now()
    article.save()
    record_revision(article, by, note=_("Published"))
    audit_publication_change(article, before, by)
    return article


@transaction.atomic
def unpublish(article: Article, by) -> Article:
    before = (article.status, article.published_at)
    article.status = Status.DRAFT
    article.save()
    record_revision(article, by, note=_("Unpublished"))
    audit_publication_change(article, before, by)
    return article


def audit_deletion(article: Article, by) -> None:
    AuditEntry.objects.create(
        action=AuditEntry.Action.DELETE, article=None, article_title=article.display_title,
        user=by, detail=article.get_absolute_url(),
    )  # fmt: skip


# Preview links


def create_preview_link(article: Article, by) -> PreviewLink:
    return PreviewLink.objects.create(article=article, created_by=by)


def revoke_preview_link(link: PreviewLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def preview_link_from(signed_token: str) -> PreviewLink | None:
    """The valid link behind a signed token, or None (bad signature, expired, revoked)."""
    try:
        token = signing.Signer(salt="newsdesk.preview").unsign(signed_token)
    except signing.BadSignature:
        return None
    link = PreviewLink.objects.select_related("article").filter(token=token).first()
    return link if link and link.is_valid else None


# Translations


@transaction.atomic
def translate(article: Article, language: str, by) -> Article:
    """A draft in ``language`` pre-filled from ``article`` and linked to its story.

    If that language already has a version of the story, that version is returned instead.
    """
    root = article.translation_root()
    existing = root.translation_family().filter(language=language).first()
    if existing is not None:
        return existing
    draft = Article.objects.create(
        title=article.title, language=language, dateline=article.dateline, body=article.body,
        excerpt=article.excerpt, featured_image=article.featured_image, status=Status.DRAFT,
        translation_source=root, created_by=by if by and by.pk else None,
    )  # fmt: skip
    draft.authors.set(article.authors.all())
    draft.categories.set(article.categories.all())
    draft.tags.set(article.tags.all())
    record_revision(
        draft, by, note=_("Translation started from “%(title)s”") % {"title": article.display_title}
    )
    return draft
