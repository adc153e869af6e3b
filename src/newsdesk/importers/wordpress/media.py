"""Attachments: finding each file in the local copy of ``wp-content/uploads``, checking that it
is a picture, and storing it as an ``images.Image``.

A path from the export is never trusted: one that leads outside the uploads folder (``..``,
an absolute path, a symbolic link pointing elsewhere) is refused with a report line, and a
file is stored only when it passes the checks of an upload in the admin (a JPEG, PNG, GIF or
WebP picture within the site's limits).
"""

from __future__ import annotations

import functools
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext as _

from newsdesk.images import validation
from newsdesk.images.models import Image
from newsdesk.importers.models import ImportReference
from newsdesk.importers.report import Outcome
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import term_name, text_of
from newsdesk.importers.wordpress.reader import Item
from newsdesk.importers.wordpress.writer import (
    fingerprint,
    last_of_each,
    references,
    save_references,
)

Kind = ImportReference.Kind
UPLOADS_MARKER = "/wp-content/uploads/"
# Pillow's format name -> the extensions the site serves it under (the first one is used when
# a file has none of them).
PICTURE_FORMATS = {
    "JPEG": (".jpg", ".jpeg"),
    "PNG": (".png",),
    "GIF": (".gif",),
    "WEBP": (".webp",),
}
# Refusals for a picture that is real but too big: the report gives the site's limit.
LIMIT_CODES = {"too_large", "too_many_pixels"}
META_CREDIT = "_newsdesk_credit"
META_DECORATIVE = "_newsdesk_decorative"


class AttachmentProblem(Exception):
    """Why an attachment's file cannot be imported: one sentence, shown in the report."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


@dataclass(slots=True)
class Picture:
    path: Path  # the file under --uploads
    relative_path: str  # its path inside the uploads folder, with forward slashes
    storage_name: str  # where it goes in the media storage
    width: int
    height: int


def attachment_path(item: Item) -> str:
    """The attachment's path inside the uploads folder, as the export gives it."""
    attached = item.meta.get("_wp_attached_file", "").strip()
    if attached:
        # WordPress before 2.7 stored absolute server paths.
        marker = attached.find("/wp-content/uploads/")
        return attached[marker + len(UPLOADS_MARKER) :] if marker >= 0 else attached
    path = unquote(urlsplit(item.attachment_url).path)
    marker = path.find(UPLOADS_MARKER)
    return path[marker + len(UPLOADS_MARKER) :] if marker >= 0 else ""


def locate_picture(item: Item, uploads: Path) -> Picture:
    """The picture file of an attachment, checked; raises AttachmentProblem."""
    relative = attachment_path(item)
    if not relative:
        raise AttachmentProblem(_("the export gives no file path"))
    root = _real_folder(str(uploads))
    if "\x00" in relative:
        raise AttachmentProblem(
            _("the path %(path)r is not a file name") % {"path": relative}, refused=True
        )
    full_path = _real_path(os.path.join(root, relative))
    if not full_path.startswith(root + os.sep):
        raise AttachmentProblem(
            _("the path %(path)r leads outside the uploads folder; refused") % {"path": relative},
            refused=True,
        )
    if not os.path.isfile(full_path):
        raise AttachmentProblem(_("%(path)s is not in the uploads folder") % {"path": relative})
    inside = full_path[len(root) + 1 :].replace(os.sep, "/")
    path = Path(full_path)
    picture_format, width, height = inspect_picture(path)
    return Picture(path, inside, storage_name(inside, picture_format), width, height)


@functools.lru_cache(maxsize=1024)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def _real_path(path: str) -> str:
    """``os.path.realpath``, with the folders' part remembered: thousands of pictures live in
    a few folders, and resolving each folder again for each picture is most of the work."""
    folder, name = os.path.split(path)
    real = os.path.join(_real_folder(folder), name)
    # The file itself may be a symbolic link (to anywhere): then resolve it all.
    return os.path.realpath(real) if os.path.islink(real) else real


def inspect_picture(path: Path) -> tuple[str, int, int]:
    """Format and size of a picture file, by the rules of an upload in the admin
    (``images.validation``: a real JPEG, PNG, GIF or WebP within the site's size and pixel
    limits, whose pixels decode); raises AttachmentProblem for anything else."""
    try:
        with path.open("rb") as handle:
            facts = validation.inspect_picture(File(handle, name=path.name))
    except ValidationError as error:
        if error.code in LIMIT_CODES:
            raise AttachmentProblem(
                f"{path.name}: {' '.join(error.messages)}", refused=True
            ) from None
        raise AttachmentProblem(
            _("%(path)s is not a JPEG, PNG, GIF or WebP picture") % {"path": path.name},
            refused=True,
        ) from None
    return facts.format, facts.width, facts.height


def storage_name(relative_path: str, picture_format: str) -> str:
    """``images/2024/07/photo.jpg``: WordPress's year/month folders kept under ``images/``,
    with an extension the site serves the picture under."""
    name = relative_path if relative_path.startswith("images/") else f"images/{relative_path}"
    stem, extension = posixpath.splitext(name)
    extensions = PICTURE_FORMATS[picture_format]
    if extension.lower() not in extensions:
        name = f"{name}{extensions[0]}"
    return name


Saved = list[tuple[Item, Image, Picture]]


def write_attachments(
    items: list[Item], context: ImportContext, written: list[str]
) -> tuple[Outcome, Saved]:
    """Store the pictures of ``items`` and save their Image rows.

    Returns what was done and the attachments now imported. The names of the media files
    stored are added to ``written``, for the caller to delete if the transaction fails.
    """
    outcome = Outcome()
    items = last_of_each(items, lambda item: item.id, lambda item: item.describe(), outcome)
    storage = Image._meta.get_field("file").storage
    known = references(context, Kind.ATTACHMENT, [item.id for item in items])
    existing = Image.objects.in_bulk([pk for pk, _digest in known.values()])
    saved: Saved = []
    digests: dict[str, str] = {}
    to_create = []
    for item in items:
        try:
            picture = locate_picture(item, context.uploads)
        except AttachmentProblem as problem:
            line = f"{item.describe()}: {problem}"
            (outcome.refused_files if problem.refused else outcome.missing_files).add(line)
            context.unimported_attachments[item.id] = str(problem)
            continue
        values = _image_values(item)
        pk, digest = known.get(item.id, (None, ""))
        image = existing.get(pk)
        digests[item.id] = fingerprint(
            sorted(values.items()), picture.relative_path, picture.path.stat().st_size
        )
        if image is not None and digest == digests[item.id]:
            outcome.unchanged[Kind.ATTACHMENT] += 1  # edits made here since are kept
        elif image is None:
            name = _store(picture, storage, context, written)
            image = Image(file=name, width=picture.width, height=picture.height, **values)
            to_create.append(image)
            outcome.created[Kind.ATTACHMENT] += 1
        elif _replace_file(image, picture, storage, context, written) or any(
            getattr(image, key) != value for key, value in values.items()
        ):
            for key, value in values.items():
                setattr(image, key, value)
            image.save()
            outcome.updated[Kind.ATTACHMENT] += 1
        else:
            outcome.unchanged[Kind.ATTACHMENT] += 1
        saved.append((item, image, picture))
    Image.objects.bulk_create(to_create, batch_size=500)
    save_references(
        context,
        Kind.ATTACHMENT,
        [(item.id, "", image.pk, digests[item.id]) for item, image, _picture in saved],
    )
    return outcome, saved


def _replace_file(image: Image, picture: Picture, storage, context, written: list[str]) -> bool:
    """Store the file again when it differs from the stored one; True when it did."""
    name = image.file.name
    if name and storage.exists(name) and storage.size(name) == picture.path.stat().st_size:
        return False
    image.file.name = _store(picture, storage, context, written)
    image.width, image.height = picture.width, picture.height
    return True


def _store(picture: Picture, storage, context: ImportContext, written: list[str]) -> str:
    """Put the picture into the media storage (not in a dry run); returns its name there."""
    max_length = Image._meta.get_field("file").max_length
    if context.dry_run:
        return storage.get_available_name(picture.storage_name, max_length=max_length)
    name = _link(picture.path, storage, picture.storage_name, max_length)
    if name is None:
        with picture.path.open("rb") as handle:
            name = storage.save(picture.storage_name, File(handle), max_length=max_length)
    written.append(name)
    return name


def _link(source: Path, storage, name: str, max_length: int) -> str | None:
    """Hard-link ``source`` into a local media folder; None when that is not possible.

    Creating a file costs a great deal more than linking one (an import stores thousands),
    and WordPress never rewrites an upload in place, so sharing the file is safe. Not done
    when the storage is not a local folder, would give the file other permissions than it
    has (FILE_UPLOAD_PERMISSIONS), or is on another device: then the file is copied.
    """
    if not isinstance(storage, FileSystemStorage) or storage.directory_permissions_mode:
        return None
    mode = storage.file_permissions_mode
    if mode is not None and source.stat().st_mode & 0o777 != mode:
        return None
    if len(name) > max_length:
        name = storage.get_available_name(name, max_length=max_length)
    for _attempt in range(10):
        full_path = storage.path(name)
        folder = os.path.dirname(full_path)
        try:
            if folder not in _made_folders:
                os.makedirs(folder, exist_ok=True)
                _made_folders.add(folder)
            os.link(source, full_path)
        except FileExistsError:
            name = storage.get_available_name(name, max_length=max_length)
            continue
        except OSError:
            return None
        return name
    return None


# Media folders already made by this process, so that each picture costs no makedirs call.
_made_folders: set[str] = set()


def _image_values(item: Item) -> dict:
    def cut(value: str, field: str) -> str:
        return value[: Image._meta.get_field(field).max_length]

    return {
        "title": cut(text_of(item.title), "title"),
        "alt_text": cut(term_name(item.meta.get("_wp_attachment_image_alt", "")), "alt_text"),
        "caption": cut(text_of(item.excerpt), "caption"),
        "credit": cut(term_name(item.meta.get(META_CREDIT, "")), "credit"),
        "decorative": item.meta.get(META_DECORATIVE, "").strip() == "1",
    }
