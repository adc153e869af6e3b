"""Fuzzing the upload validator: whatever the bytes, it refuses them with a ValidationError or
accepts a real picture, one that decodes whole, of the format and size it reported.

Inputs: arbitrary bytes, alone or behind the signature of each accepted format; real JPEG,
PNG, GIF and WebP pictures (random sizes, modes and pixels) cut short or with bytes changed;
SVG and HTML under picture names and signatures; headers claiming more pixels than allowed
(decompression bombs). ``make test`` runs each property with Hypothesis's usual 100
examples, ``make fuzz`` with the ``fuzz`` profile's (``tests/conftest.py``).
"""

from __future__ import annotations

import io
import random
import struct
import zlib

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image as PILImage

from newsdesk.images.validation import ALLOWED_FORMATS, inspect_picture
from tests.fuzz import mutated, no_hang

pytestmark = pytest.mark.fuzz

NAMES = st.sampled_from(["photo.jpg", "photo.png", "photo.gif", "photo.webp", "photo", "x.svg"])
REFUSALS = {"too_large", "format", "too_many_pixels", "not_an_image", "damaged"}
SIGNATURES = {
    "JPEG": b"\xff\xd8\xff\xe0",
    "PNG": b"\x89PNG\r\n\x1a\n",
    "GIF": b"GIF89a",
    "WEBP": b"RIFF\x00\x10\x00\x00WEBPVP8 ",
}


def verdict(data: bytes, name: str = "photo.jpg"):
    """Validate ``data``: None when refused (with a sentence), else the facts, checked
    against what Pillow makes of the same bytes when it decodes them whole."""
    upload = SimpleUploadedFile(name, data)
    upload.seek(3 if len(data) > 3 else 0)
    position = upload.tell()
    with no_hang():
        try:
            facts = inspect_picture(upload)
        except ValidationError as error:
            assert error.messages and all(message.endswith(".") for message in error.messages)
            assert error.code in REFUSALS
            facts = None
        assert upload.tell() == position  # the upload is left where it was found
        if facts is None:
            return None
        assert facts.format in ALLOWED_FORMATS
        assert facts.extension == ALLOWED_FORMATS[facts.format]
        assert facts.width * facts.height <= settings.NEWSDESK_IMAGE_MAX_PIXELS
        with PILImage.open(io.BytesIO(data)) as picture:
            assert (picture.format, picture.size) == (facts.format, (facts.width, facts.height))
            picture.load()  # every pixel of the (first) frame: a cut file fails here
    return facts


@st.composite
def pictures(draw, kinds=("JPEG", "PNG", "GIF", "WEBP")) -> tuple[str, bytes]:
    """A real picture: random format, size, mode and pixels (noise compresses badly, so the
    files have real compressed data to damage)."""
    kind = draw(st.sampled_from(kinds))
    width, height = draw(st.integers(1, 40)), draw(st.integers(1, 40))
    mode = draw(st.sampled_from(["RGB", "L", "RGBA", "P"] if kind != "JPEG" else ["RGB", "L"]))
    pixels = random.Random(draw(st.integers(0, 2**32 - 1))).randbytes(width * height * 4)
    picture = PILImage.frombytes("RGBA", (width, height), pixels).convert(mode)
    out = io.BytesIO()
    options = {"quality": draw(st.integers(10, 95))} if kind in ("JPEG", "WEBP") else {}
    if kind == "JPEG" and draw(st.booleans()):
        options["progressive"] = True
    picture.save(out, kind, **options)
    return kind, out.getvalue()


@given(st.binary(max_size=2048), NAMES)
def test_arbitrary_bytes(data, name):
    assert verdict(data, name) is None  # random bytes are never a whole picture


@given(st.sampled_from(sorted(SIGNATURES)), st.binary(max_size=2048), NAMES)
def test_arbitrary_bytes_behind_a_picture_signature(kind, data, name):
    verdict(SIGNATURES[kind] + data, name)


@given(pictures())
def test_real_pictures_are_accepted_as_what_they_are(picture):
    kind, data = picture
    facts = verdict(data, "upload.bin")
    assert facts is not None and facts.format == kind


@given(pictures(), st.data())
def test_a_picture_cut_short_is_refused(picture, data):
    """Found by the fuzzing: about 40% of the ways to cut a GIF or a JPEG were accepted (their
    pixels never decoded). Only the last four bytes may go (a PNG's end-chunk checksum, a
    GIF's trailer): every pixel is still there."""
    kind, whole = picture
    length = data.draw(st.integers(0, len(whole) - 1))
    facts = verdict(whole[:length])
    if len(whole) - length > 4:
        assert facts is None


@given(pictures().flatmap(lambda picture: mutated(picture[1])))
def test_a_picture_with_bytes_changed(data):
    verdict(data)


MARKUP = st.sampled_from(
    [
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
        "<html><img src=x onerror=alert(1)></html>",
        "/*<script>alert(1)</script>*/",
    ]
)


@given(st.sampled_from([b"", *SIGNATURES.values()]), MARKUP, NAMES)
def test_svg_and_html_under_picture_names_and_signatures_are_refused(prefix, markup, name):
    assert verdict(prefix + markup.encode(), name) is None


def png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        SIGNATURES["PNG"]
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def gif_claiming(width: int, height: int) -> bytes:
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00;"
    return b"GIF89a" + screen + frame


def jpeg_claiming(width: int, height: int) -> bytes:
    with io.BytesIO() as out:
        PILImage.new("L", (8, 8)).save(out, "JPEG")
        data = out.getvalue()
    at = data.index(b"\xff\xc0") + 5  # start of frame: precision, then height and width
    return data[:at] + struct.pack(">HH", height, width) + data[at + 4 :]


def webp_claiming(width: int, height: int) -> bytes:
    with io.BytesIO() as out:
        PILImage.new("RGB", (8, 8)).save(out, "WEBP", lossless=True)
        data = out.getvalue()
    at = data.index(b"VP8L") + 9  # after the chunk header and the signature byte 0x2f
    bits = int.from_bytes(data[at : at + 4], "little") & ~(2**28 - 1)  # alpha and version
    bits |= (width - 1) | (height - 1) << 14  # then 14 bits of width, 14 of height
    return data[:at] + bits.to_bytes(4, "little") + data[at + 4 :]


BOMBS = {"PNG": png_claiming, "GIF": gif_claiming, "JPEG": jpeg_claiming, "WEBP": webp_claiming}
LIMITS = {"PNG": 2**31 - 1, "GIF": 2**16 - 1, "JPEG": 2**16 - 1, "WEBP": 2**14}


@given(st.sampled_from(sorted(BOMBS)), st.data())
def test_headers_claiming_too_many_pixels_are_refused_before_decoding(kind, data):
    limit = LIMITS[kind]
    width = data.draw(st.integers(1, limit))
    least_height = settings.NEWSDESK_IMAGE_MAX_PIXELS // width + 1
    if least_height > limit:
        width = limit
        least_height = settings.NEWSDESK_IMAGE_MAX_PIXELS // width + 1
    height = data.draw(st.integers(least_height, limit))
    upload = SimpleUploadedFile("bomb.png", BOMBS[kind](width, height))
    with no_hang(), pytest.raises(ValidationError) as refused:
        inspect_picture(upload)
    # Refused for its size, from the header: never decoded (a picture of the size the header
    # claims would take up to gigabytes).
    assert refused.value.code == "too_many_pixels"
