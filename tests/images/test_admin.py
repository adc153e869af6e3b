"""Uploading pictures through the admin: plain-words errors next to the field."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from newsdesk.images.models import Image
from tests.images.test_validation import picture_bytes, png_claiming

pytestmark = pytest.mark.django_db

ADD = "/admin/images/image/add/"


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("root", password="pw-for-tests-1"))
    return client


def post(client, upload, **fields):
    data = {"title": "", "alt_text": "Nets on the quay", "caption": "", "credit": "", **fields}
    return client.post(ADD, {**data, "file": upload})


def test_real_picture_is_stored_with_its_renditions(admin_client):
    response = post(
        admin_client, SimpleUploadedFile("nets.jpg", picture_bytes("JPEG", (1000, 600)))
    )
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height, image.renditions.count()) == (1000, 600, 4)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("page.jpg", b"<html>hi</html>"),
            "This file is not a picture we can read; upload a JPEG, PNG, WebP or GIF.",
        ),
        (
            SimpleUploadedFile("bomb.png", png_claiming(50_000, 50_000)),
            "This picture has far too many pixels",
        ),
        (
            SimpleUploadedFile("scan.jpg", picture_bytes("BMP")),
            "This is a BMP file; upload a JPEG, PNG, WebP or GIF picture.",
        ),
    ],
)
def test_bad_files_are_refused_next_to_the_field(admin_client, upload, message):
    response = post(admin_client, upload)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Nets on the quay"' in html  # nothing typed is lost
    assert not Image.objects.exists()


def test_alt_text_or_decorative(admin_client):
    response = post(admin_client, SimpleUploadedFile("a.png", picture_bytes("PNG")), alt_text="")
    assert "Describe the picture, or mark it as decorative." in response.content.decode()
    post(
        admin_client,
        SimpleUploadedFile("a.png", picture_bytes("PNG")),
        alt_text="",
        decorative="on",
    )
    assert Image.objects.get().decorative
