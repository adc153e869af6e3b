"""Image: stored under its real type, alt text required unless decorative."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from newsdesk.images.models import Image
from tests.images.test_validation import picture_bytes

pytestmark = pytest.mark.django_db


def test_png_uploaded_as_jpg_is_stored_as_png():
    image = Image(alt_text="A map", file=SimpleUploadedFile("map.jpg", picture_bytes("PNG")))
    image.save()
    assert image.file.name.endswith("/map.png")
    assert (image.width, image.height) == (40, 30)
    assert image.original_mime_type == "image/png"


def test_alt_text_required_unless_decorative():
    image = Image(alt_text=" ", file=SimpleUploadedFile("a.png", picture_bytes("PNG")))
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert error.value.message_dict == {
        "alt_text": ["Describe the picture, or mark it as decorative."]
    }
    image.decorative = True
    image.full_clean()
    assert image.alt == ""


def test_fake_picture_fails_model_validation():
    image = Image(alt_text="x", file=SimpleUploadedFile("a.jpg", b"GIF89a not really"))
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert list(error.value.message_dict) == ["file"]


def test_focal_point_must_be_inside_the_picture():
    image = Image(alt_text="x", focal_x=1.5, file=SimpleUploadedFile("a.png", picture_bytes("PNG")))
    with pytest.raises(ValidationError):
        image.full_clean()
