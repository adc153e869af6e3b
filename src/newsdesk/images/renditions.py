"""Responsive renditions: each image resized once to the widths the templates ask for.

480, 960 and 1600 px wide (only those narrower than the original: never upscaled), each as WebP
and in the original's format, so that ``<picture>`` can offer WebP with a fallback.
"""

import io
import logging
import os

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageOps

from newsdesk.images.models import RENDITION_WIDTHS, Image, Rendition

logger = logging.getLogger(__name__)

PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "PNG"}
SAVE_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "WEBP": {"quality": 80, "method": 4},
    "PNG": {"optimize": True},
}


def rendition_formats(image: Image) -> list[str]:
    original = os.path.splitext(image.file.name)[1].lower().lstrip(".") or "jpg"
    # A GIF's fallback renditions are PNG: resizing would lose animation anyway.
    fallback = "png" if original == "gif" else ("jpg" if original == "jpeg" else original)
    return ["webp"] if fallback == "webp" else ["webp", fallback]


def make_renditions(image: Image) -> list[Rendition]:
    """Create the renditions the image lacks; return all of them. Safe to call again."""
    widths = [width for width in RENDITION_WIDTHS if width < image.width]
    existing = {(r.width, r.format): r for r in image.renditions.filter(source=image.file.name)}
    wanted = [(w, f) for w in widths for f in rendition_formats(image) if (w, f) not in existing]
    if not wanted:
        return list(existing.values())
    with image.file.open("rb") as handle, PILImage.open(handle) as source:
        source = ImageOps.exif_transpose(source)
        for width, extension in wanted:
            height = max(1, round(image.height * width / image.width))
            picture = source.resize((width, height), PILImage.Resampling.LANCZOS)
            kind = PILLOW_FORMATS[extension]
            if kind == "JPEG" and picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            out = io.BytesIO()
            picture.save(out, kind, **SAVE_OPTIONS[kind])
            stem = os.path.splitext(os.path.basename(image.file.name))[0]
            rendition = Rendition(
                image=image, width=width, height=height, format=extension, source=image.file.name
            )
            rendition.file.save(
                f"{stem}-{width}.{extension}", ContentFile(out.getvalue()), save=False
            )
            rendition.save()
            existing[(width, extension)] = rendition
    return list(existing.values())


def refresh_renditions(image: Image) -> list[Rendition]:
    """Drop renditions of a replaced file, then make whatever is missing."""
    stale = image.renditions.exclude(source=image.file.name)
    for rendition in stale:
        rendition.file.delete(save=False)
    stale.delete()
    return make_renditions(image)


def renditions_after_save(sender, instance: Image, raw: bool = False, **kwargs) -> None:
    """post_save: done at once, so the page that shows the picture next has its sizes."""
    if raw or not instance.file:
        return
    try:
        refresh_renditions(instance)
    except Exception:  # noqa: BLE001 - a picture that cannot be resized still shows whole
        logger.exception("Could not make renditions of image %s", instance.pk)
