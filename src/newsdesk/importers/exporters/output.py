"""Where an export is written: a file that appears only once complete, or standard output."""

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def output_file(target: str) -> Iterator[TextIO]:
    """A text stream to write the export to; ``-`` is standard output.

    A file is written beside its final name and renamed when complete, so that a failed or
    interrupted export never leaves half a file where a whole one is expected.
    """
    if target == "-":
        yield sys.stdout
        return
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
