"""Reading a WordPress export (WXR 1.0, 1.1, 1.2) as a stream of plain records.

The file is fed to expat a chunk at a time and turned straight into records (the channel's
``Site``, then ``Author``, ``Term`` and ``Item``), with no element tree: memory stays flat
whatever the size of the export, and parsing costs a fraction of what a tree would. Expat is
armed as defusedxml arms it: a declaration of an entity (the way to an entity expansion bomb)
or a reference to an external entity stops the parse with defusedxml's own exceptions.
Nothing here knows about Newsdesk's models.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO
from xml.parsers import expat

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from django.utils.translation import gettext as _

from newsdesk.importers.wordpress.records import Author, Item, Site, Term

CHUNK_SIZE = 64 * 1024
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
WFW_NS = "http://wellformedweb.org/CommentAPI/"
NEWSDESK_NS = "urn:newsdesk:wxr:1"  # our own additions to an export (author bios)
# The wp: and excerpt: namespace URIs carry the WXR version (http://wordpress.org/export/1.2/).
_WP_NS = re.compile(r"^https?://wordpress\.org/export/(?P<version>[0-9.]+)/(?P<excerpt>excerpt/)?$")
_PREFIXES = {CONTENT_NS: "content", DC_NS: "dc", WFW_NS: "wfw", NEWSDESK_NS: "newsdesk"}

# Bytes XML 1.0 forbids (C0 controls other than tab, LF, CR). Old WordPress databases do hold
# them, and one of them would stop the parser for the rest of the file.
_FORBIDDEN_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))


class WXRError(ValueError):
    """The file cannot be read (further) as a WordPress export.

    ``started`` is False when nothing could be read at all (not XML, not an export), True when
    the records before the problem were read (a truncated file).
    """

    def __init__(self, message: str, *, started: bool) -> None:
        super().__init__(message)
        self.started = started


class CleanReader:
    """A binary file wrapper that drops the bytes XML forbids and counts what it has read."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.bytes_read = 0
        self.dropped = 0

    def read(self, size: int = -1) -> bytes:
        while True:
            chunk = self.raw.read(size)
            if not chunk:
                return b""
            self.bytes_read += len(chunk)
            cleaned = chunk.translate(None, _FORBIDDEN_BYTES)
            self.dropped += len(chunk) - len(cleaned)
            if cleaned:  # an empty chunk would read as the end of the file
                return cleaned


# Channel children that are records, and the field each of their children fills.
_RECORD_FIELDS = {
    "wp:author": {
        "wp:author_login": "login",
        "wp:author_id": "id",
        "wp:author_email": "email",
        "wp:author_display_name": "display_name",
        "wp:author_first_name": "first_name",
        "wp:author_last_name": "last_name",
        "newsdesk:bio": "bio",
    },
    "wp:category": {
        "wp:category_nicename": "slug",
        "wp:cat_name": "name",
        "wp:term_id": "id",
        "wp:category_parent": "parent_slug",
        "wp:category_description": "description",
    },
    "wp:tag": {
        "wp:tag_slug": "slug",
        "wp:tag_name": "name",
        "wp:term_id": "id",
        "wp:tag_description": "description",
    },
    "wp:term": {
        "wp:term_taxonomy": "taxonomy",
        "wp:term_slug": "slug",
        "wp:term_name": "name",
        "wp:term_id": "id",
        "wp:term_parent": "parent_slug",
        "wp:term_description": "description",
    },
}
_TAXONOMY = {"wp:category": "category", "wp:tag": "post_tag", "wp:term": ""}
_SITE_FIELDS = {
    "title": "title",
    "link": "link",
    "language": "language",
    "wp:base_site_url": "base_site_url",
    "wp:base_blog_url": "base_blog_url",
    "wp:wxr_version": "wxr_version",
}
# Item children and the attribute each fills; content and excerpt keep their whitespace
# (line breaks are paragraphs), the others are stripped.
_ITEM_FIELDS = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_id": "id",
    "wp:post_date": "post_date",
    "wp:post_date_gmt": "post_date_gmt",
    "wp:post_name": "post_name",
    "wp:status": "status",
    "wp:post_parent": "post_parent",
    "wp:post_type": "post_type",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
    "wp:is_sticky": "is_sticky",
}
_KEEP_WHITESPACE = frozenset({"content", "excerpt"})


class _Builder:
    """Expat's callbacks: they turn elements into records as the parser meets them."""

    def __init__(self, skip_content: bool) -> None:
        self.skip_content = skip_content
        self.names: dict[str, str] = {}
        self.namespace_version = ""
        self.site = Site()
        self.records: list = []
        self.depth = 0
        self.kind = ""  # the channel child being read: "item", "wp:author", a site field…
        self.current = None  # the Item, or the fields of an author or term
        self.meta: dict[str, str] | None = None  # the wp:postmeta being read
        self.text: list[str] | None = None  # text being collected, or None
        self.target = ""  # what the collected text is for
        self.target_depth = 0
        self.category_attributes: dict = {}

    def short(self, tag: str) -> str:
        """``wp:post_id`` for ``http://wordpress.org/export/1.2/}post_id``, any WXR version."""
        name = self.names.get(tag)
        if name is None:
            uri, separator, local = tag.rpartition("}")
            name = local if not separator else tag
            match = _WP_NS.match(uri) if separator else None
            if match:
                name = f"excerpt:{local}" if match["excerpt"] else f"wp:{local}"
                if not match["excerpt"]:
                    self.namespace_version = match["version"]
            elif uri in _PREFIXES:
                name = f"{_PREFIXES[uri]}:{local}"
            self.names[tag] = name
        return name

    def collect(self, target: str) -> None:
        self.text, self.target, self.target_depth = [], target, self.depth

    def start(self, tag: str, attributes: dict) -> None:
        self.depth += 1
        depth = self.depth
        if depth == 3:
            name = self.short(tag)
            self.kind = name
            if name == "item":
                self.current = Item()
            elif name in _RECORD_FIELDS:
                self.current = {}
            elif name in _SITE_FIELDS and self.site is not None:
                self.collect(_SITE_FIELDS[name])
        elif depth == 4 and self.kind == "item":
            name = self.short(tag)
            if name in _ITEM_FIELDS:
                if not (self.skip_content and name == "content:encoded"):
                    self.collect(_ITEM_FIELDS[name])
            elif name == "category":
                self.category_attributes = attributes
                self.collect("category")
            elif name == "wp:postmeta":
                self.meta = {}
            elif name == "wp:comment":
                self.current.comment_count += 1
        elif depth == 4 and self.kind in _RECORD_FIELDS:
            target = _RECORD_FIELDS[self.kind].get(self.short(tag))
            if target:
                self.collect(target)
        elif depth == 5 and self.meta is not None:
            name = self.short(tag)
            if name in ("wp:meta_key", "wp:meta_value"):
                self.collect(name)
        elif depth == 1 and self.short(tag) != "rss":
            raise WXRError(
                _("This is not a WordPress export: its root element is <%(tag)s>, not <rss>.")
                % {"tag": self.short(tag).rpartition("}")[2]},
                started=False,
            )

    def data(self, text: str) -> None:
        if self.text is not None:
            self.text.append(text)

    def end(self, tag: str) -> None:
        depth = self.depth
        self.depth -= 1
        if self.text is not None and depth == self.target_depth:
            self.store("".join(self.text))
            self.text = None
        if depth >= 5:
            return
        if depth == 4 and self.meta is not None and self.short(tag) == "wp:postmeta":
            key = self.meta.get("wp:meta_key", "").strip()
            if key:
                self.current.meta[key] = self.meta.get("wp:meta_value", "")
            self.meta = None
        elif depth == 3:
            self.finish()

    def store(self, value: str) -> None:
        target, kind = self.target, self.kind
        if self.meta is not None:
            self.meta[target] = value
        elif kind == "item":
            item = self.current
            if target == "category":
                attributes = self.category_attributes
                item.terms.append(
                    Term(
                        taxonomy=attributes.get("domain", "category"),
                        slug=attributes.get("nicename", "").strip(),
                        name=value.strip(),
                    )
                )
            elif target == "is_sticky":
                item.is_sticky = value.strip() == "1"
            else:
                setattr(item, target, value if target in _KEEP_WHITESPACE else value.strip())
        elif kind in _RECORD_FIELDS:
            self.current[target] = value.strip()
        else:
            setattr(self.site, target, value.strip())

    def finish(self) -> None:
        kind, current = self.kind, self.current
        self.kind, self.current = "", None
        if kind == "item":
            current.post_type = current.post_type or "post"
            self.add(current)
        elif kind == "wp:author":
            self.add(Author(**{"login": "", **current}))
        elif kind in _TAXONOMY:
            current.setdefault("taxonomy", _TAXONOMY[kind])
            self.add(Term(**{"slug": "", **current}))

    def add(self, record) -> None:
        if self.site is not None:
            self.check_site()
            self.records.append(self.site)
            self.site = None  # sent: from now on only records follow
        self.records.append(record)

    def check_site(self) -> None:
        if not (self.site.wxr_version or self.namespace_version):
            raise WXRError(
                _(
                    "This is an RSS feed, not a WordPress export: it has no wp:wxr_version. "
                    "Export the site with WordPress's Tools > Export."
                ),
                started=False,
            )
        self.site.wxr_version = self.site.wxr_version or self.namespace_version


def _refuse_entities(name, *_details) -> None:
    raise EntitiesForbidden(name, None, None, None, None, None)


def _refuse_external(context, base, system_id, public_id) -> None:
    raise ExternalReferenceForbidden(context, base, system_id, public_id)


def read_wxr(
    source: BinaryIO, *, skip_content: bool = False
) -> Iterator[Site | Author | Term | Item]:
    """Yield the records of the export in ``source`` (a binary file) in file order.

    The ``Site`` record comes first. ``skip_content`` leaves items' ``content`` empty, for a
    pass that does not need it. Raises ``WXRError``, a sentence for people, when the file is
    not a WordPress export or stops being readable.
    """
    builder = _Builder(skip_content)
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.buffer_size = CHUNK_SIZE
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    started = False
    try:
        while True:
            chunk = source.read(CHUNK_SIZE)
            parser.Parse(chunk, not chunk)
            if builder.records:
                started = True
                yield from builder.records
                builder.records = []
            if not chunk:
                break
        if builder.site is not None:  # an export with no author, term or item at all
            builder.check_site()
            yield builder.site
    except expat.ExpatError as error:
        raise _parse_error(error, builder, started) from None
    except DefusedXmlException:
        raise WXRError(
            _(
                "The file declares XML entities or external references, which a WordPress "
                "export never does: refused for safety."
            ),
            started=started,
        ) from None
    except (LookupError, ValueError) as error:
        # The XML declaration names an encoding that expat hands to Python's codecs, which do
        # not know it (LookupError) or cannot feed it to expat (multi-byte and binary codecs:
        # ValueError). That happens before the first element; anything else is not ours.
        if isinstance(error, WXRError) or started or builder.depth:
            raise
        raise WXRError(
            _("The file is not a readable XML export: error at line %(line)s, column %(column)s.")
            % {"line": parser.CurrentLineNumber, "column": parser.CurrentColumnNumber},
            started=False,
        ) from None


def _parse_error(error: expat.ExpatError, builder: _Builder, started: bool) -> WXRError:
    place = {"line": error.lineno, "column": error.offset}
    if not started and builder.depth == 0 and error.lineno <= 1 and error.offset == 0:
        return WXRError(_("The file is empty or is not XML."), started=False)
    if not started:
        return WXRError(
            _("The file is not a readable XML export: error at line %(line)s, column %(column)s.")
            % place,
            started=False,
        )
    return WXRError(
        _(
            "The export could not be read past line %(line)s, column %(column)s: it is "
            "truncated or damaged there. Everything before that point was read."
        )
        % place,
        started=True,
    )
