"""Everything besides the articles that every page may show, as one digest.

An incremental export works out which pages an article change touches. A change to anything
else (a category's name, a picture's alt text, a setting, a template, the code, the static
files) may touch any page, so when this digest differs from the previous export's, every page
is rendered again; only files whose bytes changed are still written.
"""

import functools
import hashlib
import json
from pathlib import Path

import django
from django.conf import settings

import newsdesk
from newsdesk.images.models import Image, Rendition
from newsdesk.news.models import Author, Category, Tag

CODE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".json", ".mo", ".css", ".js"}
DJANGO_SETTINGS = ("LANGUAGES", "LANGUAGE_CODE", "TIME_ZONE", "STATIC_URL", "MEDIA_URL")


def settings_data() -> dict:
    names = [name for name in dir(settings) if name.startswith("NEWSDESK_")]
    return {name: repr(getattr(settings, name)) for name in [*DJANGO_SETTINGS, *sorted(names)]}


@functools.cache
def code_digest() -> str:
    """The source of the newsdesk package (code, templates, translations, static files),
    read once per process: the code this process runs is the code it started with."""
    package = Path(newsdesk.__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    digest.update(django.get_version().encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def sections_data() -> dict:
    return {
        "categories": list(
            Category.objects.order_by("id").values_list(
                "id", "name", "slug", "description", "parent_id"
            )
        ),
        "tags": list(Tag.objects.order_by("id").values_list("id", "name", "slug")),
        "authors": list(
            Author.objects.order_by("id").values_list("id", "name", "slug", "bio", "photo_id")
        ),
        "images": list(
            Image.objects.order_by("id").values_list(
                "id",
                "file",
                "title",
                "alt_text",
                "decorative",
                "caption",
                "credit",
                "width",
                "height",
            )
        ),  # fmt: skip
        "renditions": list(
            Rendition.objects.order_by("id").values_list("id", "image_id", "file", "source")
        ),
    }


def site_fingerprint(static_root: Path) -> str:
    manifest = static_root / "staticfiles.json"
    document = {
        "settings": settings_data(),
        "code": code_digest(),
        "sections": sections_data(),
        "static": manifest.read_text(encoding="utf-8") if manifest.is_file() else "",
    }
    encoded = json.dumps(document, sort_keys=True, default=str).encode()
    return hashlib.blake2b(encoded, digest_size=16).hexdigest()
