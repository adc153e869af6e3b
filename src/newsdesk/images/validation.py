"""Upload validation: only real JPEG, PNG, WebP and GIF pictures of a sensible size.

The file's content decides what it is, never its name: a PNG called photo.jpg is a PNG (and
is stored as photo.png); an HTML page called photo.jpg is refused.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


@dataclass(frozen=True)
class PictureFacts:
    format: str  # Pillow's name: JPEG, PNG, WEBP, GIF
    extension: str
    width: int
    height: int


def inspect_picture(upload) -> PictureFacts:
    """Check an uploaded file and say what picture it really is, or raise ValidationError."""
    size = getattr(upload, "size", None)
    if size is not None and size > settings.NEWSDESK_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s; pictures may be at most %(limit)s.")
            % {
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.NEWSDESK_IMAGE_MAX_BYTES),
            },
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with PILImage.open(upload) as picture:
            # Only the header is read so far: check the size before anything is decoded, so a
            # small file claiming a gigantic picture (a decompression bomb) costs nothing.
            kind, (width, height) = picture.format, picture.size
            if kind not in ALLOWED_FORMATS:
                raise ValidationError(
                    _("This is a %(kind)s file; upload a JPEG, PNG, WebP or GIF picture.")
                    % {"kind": kind or _("unknown")},
                    code="format",
                )
            if width * height > settings.NEWSDESK_IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _(
                        "This picture is %(width)s × %(height)s pixels; pictures may have at "
                        "most %(limit)s million pixels."
                    )
                    % {
                        "width": width,
                        "height": height,
                        "limit": settings.NEWSDESK_IMAGE_MAX_PIXELS // 1_000_000,
                    },
                    code="too_many_pixels",
                )
            picture.verify()
        _decode(upload)
    except ValidationError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        # The warning is Pillow's below its own hard limit; it is an exception only where
        # warnings are made errors, and the size check above refuses such a picture anyway.
        raise ValidationError(
            _("This picture has far too many pixels; pictures may have at most %(limit)s million.")
            % {"limit": settings.NEWSDESK_IMAGE_MAX_PIXELS // 1_000_000},
            code="too_many_pixels",
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("This file is not a picture we can read; upload a JPEG, PNG, WebP or GIF."),
            code="not_an_image",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(
            _("This picture is damaged or incomplete; export it again and upload it."),
            code="damaged",
        ) from None
    finally:
        upload.seek(position)
    return PictureFacts(kind, ALLOWED_FORMATS[kind], width, height)


def _decode(upload) -> None:
    """Decode the pixels of the picture (its first frame): ``verify()`` checks a PNG's chunks
    but not that they decode, and JPEG, GIF and WebP have no check at all, so a file cut short
    or damaged would pass and fail later, when renditions are made. The size was checked from
    the header first, so this costs at most what making the renditions costs."""
    upload.seek(0)
    with PILImage.open(upload) as picture:
        if picture.format == "JPEG":
            # At an eighth of the size: every byte of the compressed data is still read (a cut
            # file fails) for a fraction of the work.
            picture.draft(picture.mode, (max(picture.width // 8, 1), max(picture.height // 8, 1)))
        picture.load()


def validate_picture(upload) -> None:
    """Model-field validator: the errors appear next to the file field in the admin."""
    inspect_picture(upload)
