"""The files pages use besides pages: static files and uploaded pictures.

Static files are collected into ``OUTDIR/static`` by ``collectstatic`` itself, so they get the
same names as on the live site (hashed when the manifest storage is in use). Pictures are
copied from the media storage: only those the exported pages show, with their current
renditions (the sizes a ``<picture>`` offers).
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db.models import F

from newsdesk.images.models import Image, Rendition
from newsdesk.publishing.writer import write_atomic

# Public pages use only the site's own static files; the admin's, the editor's and the API
# docs' stay out of the export. A page that used another would fail to render, loudly.
PUBLIC_STATIC = {"newsdesk"}


def unused_static() -> list[str]:
    """The top-level static folders (and files) of other apps, as collectstatic patterns."""
    names = set()
    for finder in finders.get_finders():
        for path, _storage in finder.list([]):
            names.add(path.replace("\\", "/").split("/", 1)[0])
    return sorted(names - PUBLIC_STATIC)


def collect_static() -> None:
    """Collect into STATIC_ROOT, which the export points at ``OUTDIR/static``."""
    call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=unused_static())


def media_folder() -> str | None:
    """The folder of the export that mirrors MEDIA_URL, or None when pictures are served from
    elsewhere (S3, a CDN: the pages already point there, nothing to copy)."""
    if not default_storage.url("probe.jpg").startswith("/"):
        return None
    return settings.MEDIA_URL.strip("/")


def copy_media(root: Path, image_ids: set[int]) -> tuple[dict[str, list], list[str]]:
    """Copy the pictures with these ids. Returns ``{path: ["size:N", N]}`` for the manifest
    and the paths written.

    A picture already exported with the same size is left alone: uploads get a new name for
    new content, so same name and size means same picture.
    """
    folder = media_folder()
    if folder is None:
        return {}, []
    copied, written = {}, []
    names = set(Image.objects.filter(pk__in=image_ids).values_list("file", flat=True))
    names.update(
        Rendition.objects.filter(image_id__in=image_ids, source=F("image__file")).values_list(
            "file", flat=True
        )
    )
    for name in sorted(names):
        relative = f"{folder}/{name}"
        try:
            size = default_storage.size(name)
        except (OSError, NotImplementedError):
            continue  # the upload is missing; the link checker reports the pages using it
        entry = [f"size:{size}", size]
        target = root / relative
        if not target.is_file() or target.stat().st_size != size:
            with default_storage.open(name, "rb") as source:
                write_atomic(root, relative, source.read())
            written.append(relative)
        copied[relative] = entry
    return copied, written
