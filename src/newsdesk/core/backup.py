"""Backups: the whole site in one portable file, and back.

``newsdesk backup site.tar.gz`` writes the database as Django's JSON serialisation (so a
SQLite site can be restored on PostgreSQL and back), read in one consistent snapshot while
the site keeps running, plus every file under MEDIA_ROOT. ``newsdesk restore`` loads it
into an empty, migrated database in one transaction.
"""

import datetime
import decimal
import io
import json
import tarfile
import tempfile
import uuid
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

import newsdesk

DATA_MEMBER = "data.json"
MANIFEST_MEMBER = "manifest.json"
MEDIA_PREFIX = "media/"
# Rebuilt by migrations or not worth keeping: content types and permissions are recreated
# by `migrate`, sessions and login-attempt logs are transient.
EXCLUDED = [
    "contenttypes", "auth.permission", "sessions", "admin.logentry", "axes.accessattempt",
    "axes.accesslog", "axes.accessfailurelog",
]  # fmt: skip


class BackupError(Exception):
    """A sentence for the person running the command."""


def write_backup(destination: Path) -> dict:
    """Write the snapshot; return the manifest (counts, date, version)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Every table read at the same instant, while editors go on writing.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        objects = []
        for model in serializers.sort_dependencies(_backed_up_apps()):
            objects += serializers.serialize(
                "python",
                model._default_manager.order_by(model._meta.pk.name),
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
            )
    # Full precision: Django's JSON encoder would cut times to milliseconds.
    payload = json.dumps(objects, default=_full_precision, ensure_ascii=False).encode()
    counts: dict[str, int] = {}
    for item in objects:
        counts[item["model"]] = counts.get(item["model"], 0) + 1
    media_root = Path(settings.MEDIA_ROOT)
    media_files = (
        sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
    )
    manifest = {
        "newsdesk": newsdesk.__version__,
        "created_at": timezone.now().isoformat(),
        "engine": connection.vendor,
        "objects": counts,
        "media_files": len(media_files),
    }
    destination.parent.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.NamedTemporaryFile(dir=destination.parent, delete=False, suffix=".part") as tmp,
        tarfile.open(fileobj=tmp, mode="w:gz") as archive,
    ):
        _add_bytes(archive, MANIFEST_MEMBER, json.dumps(manifest, indent=2).encode())
        _add_bytes(archive, DATA_MEMBER, payload)
        for path in media_files:
            archive.add(path, arcname=MEDIA_PREFIX + path.relative_to(media_root).as_posix())
    Path(tmp.name).replace(destination)  # a half-written backup never has the real name
    return manifest


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def restore_backup(source: Path) -> dict:
    """Load a backup into this (empty, migrated) site; return its manifest."""
    if _site_has_content():
        raise BackupError(
            "This site already has articles. Restore into an empty database: point "
            "DATABASE_URL at a new one (or use a new NEWSDESK_DATA_DIR) and run migrate first."
        )
    try:
        archive = tarfile.open(source, mode="r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{source} is not a Newsdesk backup ({error}).") from None
    with archive:
        try:
            manifest = json.loads(archive.extractfile(MANIFEST_MEMBER).read())
            payload = archive.extractfile(DATA_MEMBER).read()
        except (KeyError, AttributeError, ValueError):
            raise BackupError(f"{source} has no Newsdesk manifest and data.") from None
        with transaction.atomic():
            _load(json.loads(payload))
            for member in archive.getmembers():
                if not member.isfile() or not member.name.startswith(MEDIA_PREFIX):
                    continue
                name = member.name.removeprefix(MEDIA_PREFIX)
                if name.startswith("/") or ".." in Path(name).parts:
                    raise BackupError(f"The backup holds an unsafe path: {member.name}")
                if default_storage.exists(name):
                    continue
                with archive.extractfile(member) as handle:
                    default_storage.save(name, handle)
    return manifest


def _backed_up_apps() -> list:
    excluded_apps = {label for label in EXCLUDED if "." not in label}
    excluded_models = {label for label in EXCLUDED if "." in label}
    return [
        (config, [
            model for model in config.get_models()
            if model._meta.label_lower not in excluded_models and not model._meta.proxy
        ])
        for config in apps.get_app_configs()
        if config.label not in excluded_apps and config.models_module is not None
    ]  # fmt: skip


def _full_precision(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"Cannot store {type(value).__name__} in a backup")


def _load(objects: list) -> None:
    """What loaddata does: save every object raw, then reset the id sequences."""
    models = set()
    deferred = []
    for wrapped in serializers.deserialize("python", objects, handle_forward_references=True):
        wrapped.save()
        models.add(type(wrapped.object))
        if wrapped.deferred_fields:
            deferred.append(wrapped)
    for wrapped in deferred:
        wrapped.save_deferred_fields()
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def _site_has_content() -> bool:
    """Whether any of Newsdesk's own tables has rows (core knows no model by name)."""
    return any(
        model.objects.exists()
        for model in apps.get_models()
        if model.__module__.startswith("newsdesk.")
    )
