"""Image: one uploaded picture, what describes it to readers, and its resized renditions."""

import os

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsdesk.images.validation import inspect_picture, validate_picture

RENDITION_WIDTHS = (480, 960, 1600)


class Image(models.Model):
    file = models.ImageField(
        _("file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        validators=[validate_picture],
        help_text=_("JPEG, PNG, WebP or GIF."),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    alt_text = models.CharField(
        _("alt text"),
        max_length=500,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Adds nothing to the text: screen readers skip it and alt text may be empty."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    focal_x = models.FloatField(
        _("focal point, across"),
        null=True,
        blank=True,
        help_text=_("0 is the left edge, 1 the right; where crops should centre."),
    )
    focal_y = models.FloatField(
        _("focal point, down"),
        null=True,
        blank=True,
        help_text=_("0 is the top edge, 1 the bottom."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("image")
        verbose_name_plural = _("images")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(focal_x__isnull=True) | models.Q(focal_x__gte=0, focal_x__lte=1),
                name="image_focal_x_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(focal_y__isnull=True) | models.Q(focal_y__gte=0, focal_y__lte=1),
                name="image_focal_y_in_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.alt_text or os.path.basename(self.file.name)

    def save(self, *args, **kwargs) -> None:
        if self.file and not self.file._committed:
            # Stored under the extension of what the file really is, whatever it was called.
            facts = inspect_picture(self.file)
            stem = os.path.splitext(os.path.basename(self.file.name))[0]
            self.file.name = f"{stem}.{facts.extension}"
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if not self.decorative and not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": _("Describe the picture, or mark it as decorative.")}
            )

    @property
    def alt(self) -> str:
        """The ``alt`` attribute to render: empty only for a decorative image."""
        return "" if self.decorative else self.alt_text

    @property
    def original_mime_type(self) -> str:
        extension = os.path.splitext(self.file.name)[1].lower().lstrip(".")
        return {
            "jpg": "image/jpeg",
            "jpeg": "image/jpeg",
            "png": "image/png",
            "webp": "image/webp",
            "gif": "image/gif",
        }.get(extension, "application/octet-stream")


class Rendition(models.Model):
    """A resized copy of an image, made once when the image is saved and reused ever after."""

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    format = models.CharField(max_length=10)  # "webp" or the original's extension
    file = models.ImageField(upload_to="renditions/%Y/%m/")
    source = models.CharField(max_length=255, help_text="The image file this was made from.")

    class Meta:
        ordering = ["format", "width"]
        constraints = [
            models.UniqueConstraint(
                fields=["image", "width", "format"], name="rendition_once_per_size_and_format"
            )
        ]

    def __str__(self) -> str:
        return f"{self.image} ({self.width}px {self.format})"
