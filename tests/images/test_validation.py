"""Upload validation with crafted files: the content decides, bombs and fakes are refused."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from newsdesk.images.validation import inspect_picture


def picture_bytes(kind: str, size=(40, 30), mode="RGB") -> bytes:
    out = io.BytesIO()
    PILImage.new(mode, size, (10, 120, 160)).save(out, kind)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture: a decompression bomb's calling card."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("kind", "extension"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif")]
)
def test_accepted_formats(kind, extension):
    facts = inspect_picture(upload(f"x.{extension}", picture_bytes(kind)))
    assert (facts.format, facts.extension, facts.width, facts.height) == (kind, extension, 40, 30)


def test_png_named_jpg_is_a_png():
    facts = inspect_picture(upload("photo.jpg", picture_bytes("PNG")))
    assert facts.format == "PNG" and facts.extension == "png"


@pytest.mark.parametrize("kind", ["BMP", "TIFF"])
def test_other_picture_formats_are_refused_by_name(kind):
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("scan.jpg", picture_bytes(kind)))
    assert error.value.messages == [
        f"This is a {kind} file; upload a JPEG, PNG, WebP or GIF picture."
    ]


def test_html_named_jpg_is_refused():
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("photo.jpg", b"<html><script>alert(1)</script></html>"))
    assert error.value.code == "not_an_image"


def test_decompression_bomb_is_refused_before_decoding():
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("bomb.png", png_claiming(50_000, 50_000)))
    assert error.value.messages == [
        "This picture has far too many pixels; pictures may have at most 40 million."
    ]


def test_more_pixels_than_the_setting_allows():
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("huge.png", png_claiming(10_000, 5_000)))
    assert error.value.messages == [
        "This picture is 10000 × 5000 pixels; pictures may have at most 40 million pixels."
    ]


def test_too_many_bytes(settings):
    settings.NEWSDESK_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("big.png", picture_bytes("PNG", (300, 300), "RGB") + b"\0" * 2000))
    assert error.value.code == "too_large"
    assert "may be at most 1000\xa0bytes" in error.value.messages[0]


def test_truncated_picture_is_refused():
    whole = picture_bytes("PNG", (200, 200))
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("cut.png", whole[: len(whole) // 2]))
    assert error.value.code in {"damaged", "not_an_image"}


def test_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        inspect_picture(upload("empty.jpg", b""))
    assert error.value.code == "not_an_image"


def test_position_is_restored():
    file = upload("x.png", picture_bytes("PNG"))
    file.seek(5)
    inspect_picture(file)
    assert file.tell() == 5
