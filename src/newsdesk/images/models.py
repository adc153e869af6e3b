"""Image: one uploaded picture and what describes it to readers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Image(models.Model):
    file = models.ImageField(
        _("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height"
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
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.title or self.alt_text or self.file.name

    def clean(self) -> None:
        if not self.decorative and not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": _("Describe the picture, or mark it as decorative.")}
            )

    @property
    def alt(self) -> str:
        """The ``alt`` attribute to render: empty only for a decorative image."""
        return "" if self.decorative else self.alt_text
