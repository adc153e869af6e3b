"""ImportReference: which Newsdesk object an object of an imported WordPress site became.

Running an import again looks its objects up here, so it updates them instead of making
copies, and only when WordPress changed them (the fingerprint says what was imported last).
The original WordPress status is kept too, so that an export can give it back (a private post
is a draft here, and private again in the export).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportReference(models.Model):
    class Kind(models.TextChoices):
        POST = "post", _("Post")
        ATTACHMENT = "attachment", _("Attachment")
        CATEGORY = "category", _("Category")
        TAG = "tag", _("Tag")
        AUTHOR = "author", _("Author")

    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("The address of the WordPress site the object came from."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    wp_id = models.CharField(
        _("WordPress id"),
        max_length=200,
        help_text=_("The post or term id, or the author's login name."),
    )
    wp_status = models.CharField(_("WordPress status"), max_length=20, blank=True)
    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        blank=True,
        help_text=_(
            "A digest of what was imported: a later import rewrites the object only when "
            "WordPress changed it, so edits made here since are kept otherwise."
        ),
    )
    # One foreign key per kind (only the one matching ``kind`` is set): deleting the Newsdesk
    # object deletes its reference, so a later import brings the object back.
    article = models.ForeignKey(
        "news.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="import_references",
    )
    image = models.ForeignKey(
        "images.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    category = models.ForeignKey(
        "news.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    tag = models.ForeignKey(
        "news.Tag",
        verbose_name=_("tag"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    author = models.ForeignKey(
        "news.Author",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("import reference")
        verbose_name_plural = _("import references")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "wp_id"], name="import_reference_per_source"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.kind} {self.wp_id}"


# The foreign key that holds the object of each kind.
TARGET_FIELD = {
    ImportReference.Kind.POST: "article",
    ImportReference.Kind.ATTACHMENT: "image",
    ImportReference.Kind.CATEGORY: "category",
    ImportReference.Kind.TAG: "tag",
    ImportReference.Kind.AUTHOR: "author",
}
