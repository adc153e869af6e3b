"""The link checker: every same-site ``href`` and ``src`` of the exported HTML must name a file
of the export.

The export checks the pages it renders as it goes (``render.link_targets``); ``check_folder``
walks a whole export folder on disk, for tests and for checking a copy after a deploy.
"""

import os
from pathlib import Path

from newsdesk.publishing.render import is_html, link_targets
from newsdesk.publishing.writer import LOCK_NAME, MANIFEST_NAME, TEMP_SUFFIX


def exists(root: Path, target: str, known: set[str]) -> bool:
    return target in known or (root / target).is_file()


def broken_links(root: Path, links: dict[str, str], known: set[str]) -> dict[str, str]:
    """``links`` maps link targets (files of the export) to a page linking them; return the
    ones that name no file, with that page."""
    return {
        target: page for target, page in sorted(links.items()) if not exists(root, target, known)
    }


def url_of(relative: str) -> str:
    """The address a file of the export answers at."""
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def check_folder(root: Path, origin: str) -> dict[str, str]:
    """Broken same-site links of every HTML file under ``root``: ``{target: page}``."""
    links: dict[str, str] = {}
    skipped = {MANIFEST_NAME, LOCK_NAME}
    for directory, _folders, files in os.walk(root):
        for name in files:
            if name in skipped or name.endswith(TEMP_SUFFIX):
                continue
            path = Path(directory) / name
            content = path.read_bytes()
            if not is_html(content):
                continue
            page = url_of(path.relative_to(root).as_posix())
            for target in link_targets(content.decode("utf-8", "replace"), page, origin):
                links.setdefault(target, page)
    return broken_links(root, links, set())
