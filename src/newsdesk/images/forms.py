"""The picture upload field: our own checks first, so people read why a file was refused."""

from django import forms

from newsdesk.images.models import Image
from newsdesk.images.validation import inspect_picture


class PictureField(forms.ImageField):
    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "read"):
            # Before Django's own check, whose one message covers every failure (and which
            # meets a decompression bomb only as "not an image").
            inspect_picture(data)
        return super().to_python(data)


class ImageForm(forms.ModelForm):
    file = PictureField(label=Image._meta.get_field("file").verbose_name)

    class Meta:
        model = Image
        fields = [
            "file", "title", "alt_text", "decorative", "caption", "credit", "focal_x", "focal_y",
        ]  # fmt: skip
