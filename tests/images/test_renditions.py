"""Renditions: made once per size and format, never upscaled, replaced with the file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from newsdesk.images.models import Image, Rendition
from newsdesk.images.renditions import make_renditions
from tests.images.test_validation import picture_bytes

pytestmark = pytest.mark.django_db


def saved(name: str, kind: str, size) -> Image:
    image = Image(alt_text="x", file=SimpleUploadedFile(name, picture_bytes(kind, size)))
    image.save()
    return image


def test_widths_below_the_original_in_webp_and_original_format():
    image = saved("wide.jpg", "JPEG", (1700, 1000))
    made = sorted((r.format, r.width, r.height) for r in image.renditions.all())
    assert made == [
        ("jpg", 480, 282), ("jpg", 960, 565), ("jpg", 1600, 941),
        ("webp", 480, 282), ("webp", 960, 565), ("webp", 1600, 941),
    ]  # fmt: skip
    rendition = image.renditions.get(format="webp", width=960)
    with rendition.file.open("rb") as handle, PILImage.open(handle) as picture:
        assert (picture.format, picture.size) == ("WEBP", (960, 565))


def test_never_upscaled():
    image = saved("small.png", "PNG", (400, 300))
    assert not image.renditions.exists()


def test_made_once_and_reused():
    image = saved("mid.png", "PNG", (1000, 500))
    ids = set(image.renditions.values_list("id", flat=True))
    image.caption = "Changed caption"
    image.save()
    make_renditions(image)
    assert set(image.renditions.values_list("id", flat=True)) == ids
    assert sorted(image.renditions.values_list("format", flat=True)) == [
        "png", "png", "webp", "webp"
    ]  # fmt: skip


def test_replacing_the_file_replaces_the_renditions():
    image = saved("first.jpg", "JPEG", (1000, 500))
    old = set(image.renditions.values_list("id", flat=True))
    image.file = SimpleUploadedFile("second.jpg", picture_bytes("JPEG", (500, 400)))
    image.save()
    assert not Rendition.objects.filter(id__in=old).exists()
    assert sorted(image.renditions.values_list("width", flat=True)) == [480, 480]


def test_gif_falls_back_to_png():
    image = saved("anim.gif", "GIF", (600, 400))
    assert sorted(image.renditions.values_list("format", flat=True)) == ["png", "webp"]
