"""Turning WordPress post content into the HTML Newsdesk stores.

Classic WordPress content is text with line breaks, not HTML: a blank line separates
paragraphs and a single line break is a ``<br>``. Block-editor content is HTML already, marked
up with ``<!-- wp:… -->`` comments, and gets no paragraphs added. In both, ``[caption]``
becomes a ``<figure>``, other shortcodes are removed (their enclosed text kept) and counted
for the report, and links into the old site's uploads folder are pointed at the imported
images. The result still goes through ``core.html.sanitize_html`` when the article is saved.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.S)
_ANY_COMMENT = re.compile(r"<!--.*?-->", re.S)

# --- [caption] -------------------------------------------------------------------------------

_CAPTION = re.compile(r"\[(caption|wp_caption)\b([^\]]*)\](.*?)\[/\1\]", re.S | re.I)
# The picture, with or without a link around it, then the caption text.
_CAPTIONED_IMAGE = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S | re.I)
# Captions written before WordPress 3.4 are an attribute: [caption caption="…"].
_CAPTION_ATTRIBUTE = re.compile(r"""\bcaption=(["'])(.*?)\1""", re.S | re.I)


def captions_to_figures(text: str) -> str:
    """``[caption …]<img …> Text[/caption]`` -> ``<figure><img …><figcaption>Text</figcaption></figure>``."""

    def figure(match: re.Match) -> str:
        attributes, inner = match[2], match[3]
        picture = _CAPTIONED_IMAGE.match(inner)
        if picture is None:
            return inner  # no picture to caption: keep the words
        caption = picture[2].strip()
        if not caption:
            old_style = _CAPTION_ATTRIBUTE.search(attributes)
            caption = old_style[2].strip() if old_style else ""
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f"<figure>{picture[1].strip()}{figcaption}</figure>"

    return _CAPTION.sub(figure, text)


# --- other shortcodes ------------------------------------------------------------------------

_SHORTCODE = re.compile(r"(\[?)\[(/?)([A-Za-z][\w-]*)(\s[^\[\]]*?)?(/?)\](\]?)")
# Shortcodes of WordPress itself, recognised even with no attributes: "[gallery]".
CORE_SHORTCODES = frozenset({"audio", "caption", "embed", "gallery", "playlist", "video"})


def _looks_like_shortcode(name: str, attributes: str, self_closing: bool, closed: set) -> bool:
    # "[sic]" or "[Update 5 May]" in a text is prose, not a plugin's shortcode; a name with a
    # hyphen or underscore, name="value" attributes, "/]" or a closing tag is code.
    return (
        name.lower() in CORE_SHORTCODES
        or name in closed
        or self_closing
        or "=" in attributes
        or "_" in name
        or "-" in name
    )


def remove_shortcodes(text: str) -> tuple[str, Counter]:
    """Remove shortcode tags (keeping the text they enclose) and count them by name.

    ``[[name]]`` is WordPress's way of writing a literal ``[name]`` and becomes just that.
    """
    found: Counter = Counter()
    if "[" not in text:
        return text, found
    closed = {match[3] for match in _SHORTCODE.finditer(text) if match[2]}

    def replace(match: re.Match) -> str:
        before, closing, name, attributes, slash, after = match.groups()
        attributes = attributes or ""
        if before and after:
            return match[0][1:-1]
        if not _looks_like_shortcode(name, attributes, bool(slash), closed):
            return match[0]
        if not closing:
            found[name] += 1
        return before + after

    return _SHORTCODE.sub(replace, text), found


# --- paragraphs ------------------------------------------------------------------------------

# Blocks whose loose text becomes paragraphs (and the top level, which is one of them).
_FLOW_BLOCKS = frozenset(
    "article aside blockquote details div fieldset footer form header hgroup main nav section".split()
)
# Blocks that hold a line of text: line breaks become <br>, no paragraphs inside.
_TEXT_BLOCKS = frozenset(
    "address caption dd dt figcaption h1 h2 h3 h4 h5 h6 legend li option p summary td th".split()
)
# Blocks whose loose text is only the whitespace between their parts: left as it is.
_STRUCTURE_BLOCKS = frozenset(
    "col colgroup dl figure hr map menu ol select table tbody tfoot thead tr ul".split()
)
_BLOCKS = _FLOW_BLOCKS | _TEXT_BLOCKS | _STRUCTURE_BLOCKS
_VOID_BLOCKS = frozenset({"col", "hr"})

_BLOCK_NAMES = "|".join(sorted(_BLOCKS, key=len, reverse=True))
# Only block-level tags (and elements kept verbatim) cut the text: inline markup is text here.
# The "<" comes first, outside the alternatives, so that the regex engine skips straight to
# the next "<" instead of trying every position (three times faster on a long post).
_TOKEN = re.compile(
    rf"""<(?: (?P<verbatim>(?P<vname>pre|script|style|textarea)\b[^>]*>.*?</(?P=vname)\s*>)
          | (?P<tag>/?(?P<name>{_BLOCK_NAMES})(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>) )""",
    re.S | re.I | re.X,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# A tag (left alone: its attributes may span lines) or a line break (becomes <br>).
_TAG_OR_LINE_END = re.compile(r"(<[^>]*>)|[ \t]*\n")
_BREAK_THEN_NEWLINE = re.compile(r"(<br\s*/?>)<br>\n", re.I)


def add_paragraphs(text: str) -> str:
    """Apply WordPress's paragraph rules to classic content.

    Text separated by a blank line becomes ``<p>`` paragraphs, a single line break inside
    text becomes ``<br>``, and block elements (headings, lists, tables, quotes, figures…)
    are never put inside a paragraph. ``<pre>``, ``<script>``, ``<style>`` and
    ``<textarea>`` are left exactly as written.
    """
    out: list[str] = []
    open_blocks: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            out.append(_render_run(text[position : match.start()], open_blocks))
        position = match.end()
        if match["verbatim"]:
            out.append(match[0])
            continue
        name, tag = match["name"].lower(), match[0]
        out.append(tag)
        if tag.startswith("</"):
            if name in open_blocks:
                while open_blocks.pop() != name:
                    pass
        elif name not in _VOID_BLOCKS and not tag.endswith("/>"):
            open_blocks.append(name)
    if position < len(text):
        out.append(_render_run(text[position:], open_blocks))
    return "".join(out)


def _render_run(run: str, open_blocks: list[str]) -> str:
    """Text (with inline markup) between two block tags, in the innermost open block."""
    container = open_blocks[-1] if open_blocks else None
    if not run.strip() or container in _STRUCTURE_BLOCKS:
        return run
    if container in _TEXT_BLOCKS:
        return _lines(run)
    paragraphs = (_lines(part) for part in _BLANK_LINE.split(run))
    return "\n" + "".join(f"<p>{inner}</p>\n" for inner in paragraphs if inner)


def _lines(text: str) -> str:
    """One paragraph's worth of inline content: outer whitespace trimmed, line breaks <br>."""
    text = text.strip()
    if "\n" not in text:
        return text
    text = _TAG_OR_LINE_END.sub(lambda match: match[1] or "<br>\n", text)
    return _BREAK_THEN_NEWLINE.sub(r"\1\n", text) if "<br" in text.lower() else text


# --- links into the old uploads folder -------------------------------------------------------

_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_URL_CHARACTER_BEFORE = re.compile(r"[\w.:/%-]")


class UploadLinks:
    """Where each file of the old uploads folder lives now, and the rewriting of links to it.

    A link counts as pointing into the uploads when it is on the old site's host (or on the
    host the attachments were served from) or has no host, and its path starts with the
    uploads folder's path (``/wp-content/uploads/`` unless the attachments say otherwise).
    Resized copies (``photo-300x200.jpg``) lead to the imported original.
    """

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.hosts: set[str] = set()
        self.base_paths: set[str] = {"/wp-content/uploads/"}
        self._pattern: re.Pattern | None = None

    def add_site(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        if host and host not in self.hosts:
            self.hosts.add(host)
            self._pattern = None

    def add_file(self, relative_path: str, new_url: str, attachment_url: str = "") -> None:
        """Remember that ``relative_path`` (under the uploads folder) is now at ``new_url``."""
        self.files[relative_path] = new_url
        stem, dot, extension = relative_path.rpartition(".")
        if stem.endswith("-scaled"):  # WordPress 5.3+ keeps big originals as name-scaled.jpg
            self.files[f"{stem[: -len('-scaled')]}{dot}{extension}"] = new_url
        if attachment_url:
            self.add_site(attachment_url)
            path = unquote(urlsplit(attachment_url).path)
            if path.endswith("/" + relative_path):
                base = path[: -len(relative_path)]
                if base not in self.base_paths:
                    self.base_paths.add(base)
                    self._pattern = None

    def url_for(self, relative_path: str) -> str | None:
        path = unquote(relative_path)
        return self.files.get(path) or self.files.get(_SIZE_SUFFIX.sub("", path))

    def pattern(self) -> re.Pattern:
        if self._pattern is None:
            bases = "|".join(re.escape(base) for base in sorted(self.base_paths, key=len)[::-1])
            self._pattern = re.compile(rf"(?:{bases})(?P<path>[^\"'\s<>?#,)]+)")
        return self._pattern

    def _address_start(self, html: str, start: int) -> int | None:
        """Where the address whose path starts at ``start`` begins: at its ``https://host``
        when the host is the old site's, at ``start`` when it has no host; None when it is
        some other site's address."""
        for host in self.hosts:
            begin = start - len(host) - 2
            if begin >= 0 and html[begin:start].lower() == f"//{host}":
                for scheme in ("https:", "http:"):
                    if html[max(0, begin - len(scheme)) : begin].lower() == scheme:
                        return begin - len(scheme)
                return begin
        if start and _URL_CHARACTER_BEFORE.match(html[start - 1]):
            return None
        return start

    def rewrite(self, html: str) -> tuple[str, list[str]]:
        """``html`` with links to imported uploads replaced, and the uploads left unresolved."""
        unresolved: list[str] = []
        if not any(base in html for base in self.base_paths):
            return html, unresolved
        parts, done = [], 0
        for match in self.pattern().finditer(html):
            start = self._address_start(html, match.start())
            if start is None or start < done:
                continue
            new_url = self.url_for(match["path"])
            if new_url is None:
                unresolved.append(unquote(match["path"]))
                continue
            parts += [html[done:start], new_url]
            done = match.end()
        return "".join(parts) + html[done:], unresolved


# --- all together ----------------------------------------------------------------------------


@dataclass
class Converted:
    html: str
    shortcodes: Counter = field(default_factory=Counter)
    unresolved_uploads: list[str] = field(default_factory=list)


def convert_content(raw: str, uploads: UploadLinks | None = None) -> Converted:
    """The HTML to store for a post's ``content:encoded`` (before sanitising)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    from_block_editor = False
    if "<!--" in text:
        from_block_editor = bool(_BLOCK_COMMENT.search(text))
        # All comments go (block markers, <!--more-->): the sanitiser would drop them anyway,
        # and left in place they would make empty paragraphs.
        text = _ANY_COMMENT.sub("", text)
    if "[" in text:
        text = captions_to_figures(text)
    text, shortcodes = remove_shortcodes(text)
    if not from_block_editor:
        text = add_paragraphs(text)
    unresolved: list[str] = []
    if uploads is not None:
        text, unresolved = uploads.rewrite(text)
    return Converted(html=text.strip(), shortcodes=shortcodes, unresolved_uploads=unresolved)


def convert_excerpt(raw: str) -> str:
    """A hand-written excerpt as stored: block markers and comments out, outer space trimmed."""
    return _ANY_COMMENT.sub("", raw.replace("\r\n", "\n")).strip()
