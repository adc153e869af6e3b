"""{% picture %}: WebP first, the original format as fallback, sizes and dimensions."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template

from newsdesk.images.models import Image
from tests.images.test_validation import picture_bytes

pytestmark = pytest.mark.django_db


def render(image, *args) -> str:
    template = Template("{% load pictures %}{% picture image " + " ".join(args) + " %}")
    return template.render(Context({"image": image})).strip()


def test_picture_markup():
    image = Image(
        alt_text="Boats", file=SimpleUploadedFile("b.jpg", picture_bytes("JPEG", (1000, 500)))
    )
    image.save()
    webp = {r.width: r.file.url for r in image.renditions.filter(format="webp")}
    jpeg = {r.width: r.file.url for r in image.renditions.filter(format="jpg")}
    assert render(image, '"50vw"') == (
        f'<picture><source type="image/webp" srcset="{webp[480]} 480w, {webp[960]} 960w" '
        'sizes="50vw">'
        f'<img src="{image.file.url}" srcset="{jpeg[480]} 480w, {jpeg[960]} 960w, '
        f'{image.file.url} 1000w" sizes="50vw" width="1000" height="500" alt="Boats" '
        'loading="lazy" decoding="async"></picture>'
    )


def test_small_picture_has_no_srcset():
    image = Image(alt_text="Tiny", file=SimpleUploadedFile("t.png", picture_bytes("PNG")))
    image.save()
    assert render(image, '"100vw"', '"eager"') == (
        f'<picture><img src="{image.file.url}" width="40" height="30" alt="Tiny"></picture>'
    )
