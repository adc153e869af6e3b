"""The state one import run shares between its steps: options, the site, and lookups.

The lookups (WordPress login, term slug or attachment id -> Newsdesk id) are filled in the
first pass over the file and read in the second, so posts never query for their authors,
categories, tags or featured images one by one.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from newsdesk.importers.report import ImportReport
from newsdesk.importers.wordpress.content import UploadLinks
from newsdesk.importers.wordpress.reader import Site


def source_key(url: str) -> str:
    """The site address that names a source in import references: ``https://example.org/blog``."""
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip().rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


@dataclass
class ImportContext:
    language: str
    time_zone: zoneinfo.ZoneInfo
    languages: frozenset[str] = frozenset()  # the site's content languages
    uploads: Path | None = None
    dry_run: bool = False
    source: str = ""
    blog_path: str = ""  # the path of the old blog's home, "" or e.g. "/blog"
    report: ImportReport = field(default_factory=ImportReport)
    authors: dict[str, int] = field(default_factory=dict)  # login -> Author id
    categories: dict[str, int] = field(default_factory=dict)  # WordPress slug -> Category id
    tags: dict[str, int] = field(default_factory=dict)  # WordPress slug -> Tag id
    images: dict[str, int] = field(default_factory=dict)  # attachment id -> Image id
    unimported_attachments: dict[str, str] = field(default_factory=dict)  # id -> reason
    upload_links: UploadLinks = field(default_factory=UploadLinks)

    def use_site(self, site: Site, source: str = "") -> None:
        """Take the site's identity from the export's channel."""
        self.source = source or source_key(site.base_site_url or site.base_blog_url or site.link)
        blog = site.base_blog_url or site.base_site_url or site.link
        self.blog_path = urlsplit(blog).path.rstrip("/")
        for url in (site.base_site_url, site.base_blog_url, site.link):
            if url:
                self.upload_links.add_site(url)
        self.report.source = self.source
        self.report.wxr_version = site.wxr_version
