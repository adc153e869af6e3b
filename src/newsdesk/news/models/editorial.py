"""The editorial desk's records: revisions, the audit log and shareable preview links."""

import datetime
import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsdesk.news.models.articles import Article

REVISION_FIELDS = [
    "title", "slug", "language", "dateline", "body", "excerpt", "featured_image_id", "status",
    "published_at", "sticky",
]  # fmt: skip
REVISION_RELATIONS = ["authors", "categories", "tags"]


class Revision(models.Model):
    """What an article looked like after one save, and who saved it."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="revisions"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)
    data = models.JSONField(_("content"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")

    def __str__(self) -> str:
        return f"{self.article} @ {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        PUBLISH = "publish", _("Published")
        SCHEDULE = "schedule", _("Scheduled")
        UNPUBLISH = "unpublish", _("Unpublished")
        DELETE = "delete", _("Deleted")
        RESTORE = "restore", _("Restored a revision")

    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    article_title = models.CharField(_("article title"), max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.article_title}"


def new_token() -> str:
    return secrets.token_urlsafe(24)


def default_expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=settings.NEWSDESK_PREVIEW_LINK_DAYS)


class PreviewLink(models.Model):
    """A link that shows an unpublished article to people without an account."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="preview_links"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=default_expiry)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self) -> str:
        return f"{self.article} ({self.expires_at:%Y-%m-%d})"

    def get_absolute_url(self) -> str:
        return reverse("preview", kwargs={"signed_token": self.signed_token()})

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    def signed_token(self) -> str:
        return signing.Signer(salt="newsdesk.preview").sign(self.token)
