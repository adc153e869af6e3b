"""Writing the export folder: atomic files, content digests, the manifest and removals.

Every file is written to a temporary name in its own directory and renamed over the old one
(``os.replace``), so a reader, or a sync to a static host, sees either the old file or the new
one, never half of one. A file is written only when its bytes differ from what the previous
export wrote there, which the manifest (``.newsdesk-export.json``) remembers as digests.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

MANIFEST_NAME = ".newsdesk-export.json"
LOCK_NAME = ".newsdesk-export.lock"
MANIFEST_FORMAT = 1
TEMP_PREFIX = ".newsdesk-"
TEMP_SUFFIX = ".tmp"


class ExportBusy(RuntimeError):
    """Another export is writing to the same folder."""


def digest(content: bytes) -> str:
    return hashlib.blake2b(content, digest_size=16).hexdigest()


def _file_mode() -> int:
    # mkstemp creates 0600 files; a web server reading the export needs the usual mode.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()


def write_atomic(root: Path, relative: str, content: bytes) -> None:
    target = root / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class Output:
    """The export folder as the previous export left it, and the decision to write a file.

    ``trusted`` says whether the manifest's digests describe the files on disk: after an
    interrupted export they may not, and the files themselves are compared instead.
    """

    def __init__(self, root: Path, previous: dict[str, str], trusted: bool):
        self.root = root
        self.previous = previous
        self.trusted = trusted

    def write_if_changed(
        self, relative: str, content: bytes, compare: Callable[[bytes], bytes] | None = None
    ) -> tuple[str, bool]:
        """Write ``content`` unless the file already holds it; return its digest and whether
        it was written. ``compare`` makes the content comparable first (the digest is then of
        the comparable form): two contents that differ only where it says they may are the
        same content."""
        comparable = compare or (lambda content: content)
        new = digest(comparable(content))
        if self.holds(relative, new, comparable):
            return new, False
        write_atomic(self.root, relative, content)
        return new, True

    def holds(self, relative: str, expected: str, comparable: Callable[[bytes], bytes]) -> bool:
        path = self.root / relative
        if self.trusted:
            return self.previous.get(relative) == expected and path.is_file()
        try:
            return digest(comparable(path.read_bytes())) == expected
        except OSError:
            return False

    def remove(self, relatives: list[str]) -> list[str]:
        """Delete files the export no longer holds, and directories left empty by that."""
        removed = []
        for relative in sorted(relatives):
            path = self.root / relative
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            removed.append(relative)
            self._prune(path.parent)
        return removed

    def _prune(self, directory: Path) -> None:
        root = self.root.resolve()
        directory = directory.resolve()
        while directory != root and root in directory.parents:
            try:
                directory.rmdir()
            except OSError:
                return  # not empty
            directory = directory.parent


def read_manifest(root: Path) -> dict | None:
    """The previous export's manifest, or None when there is none we can use."""
    try:
        data = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return None
    return data


def write_manifest(root: Path, data: dict) -> None:
    data = {"format": MANIFEST_FORMAT, **data}
    content = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    write_atomic(root, MANIFEST_NAME, content)


class ExportLock:
    """Held for the whole export: one export per folder at a time.

    The lock file says ``running`` while an export works and ``finished`` after it; finding
    ``running`` at the start means the previous export was interrupted.
    """

    def __init__(self, root: Path):
        self.path = root / LOCK_NAME
        self.handle = None
        self.interrupted_before = False

    def __enter__(self) -> "ExportLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until exit
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise ExportBusy(str(self.path.parent)) from None
        self.handle.seek(0)
        self.interrupted_before = self.handle.read().strip() == "running"
        self._say("running")
        return self

    def finished(self) -> None:
        self._say("finished")

    def _say(self, state: str) -> None:
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(state + "\n")
        self.handle.flush()

    def __exit__(self, *exc_info) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
