"""Text rules: the automatic excerpt and slugs. One function per rule; nothing re-implements them.

The excerpt follows WordPress's counting, so that an imported site shows the same teasers:
tags stripped, entities decoded, words split on ASCII whitespace only (a no-break space joins
two words into one), the first 50 kept and `` […]`` added only when something was cut.
"""

import re
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser

from django.utils.text import slugify

EXCERPT_MORE = " [\u2026]"

# Space, tab, CR and LF only: exactly the characters WordPress's wp_trim_words splits on.
_ASCII_WHITESPACE = re.compile(r"[ \t\r\n]+")

# Elements whose boundaries separate words even when the markup has no whitespace between them
# ("<p>one</p><p>two</p>" is two words, not "onetwo").
_BLOCK_ELEMENTS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_INVISIBLE_ELEMENTS = frozenset({"script", "style", "template"})
# Pictures and their captions are not the article's opening words: WordPress leaves
# [caption] and image blocks out of automatic excerpts, and so do we.
_NOT_EXCERPTED_ELEMENTS = frozenset({"figure"})


class _TextExtractor(HTMLParser):
    def __init__(self, hidden: frozenset[str] = _INVISIBLE_ELEMENTS) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = hidden
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._hidden:
            self._hidden_depth += 1
        elif tag in _BLOCK_ELEMENTS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_ELEMENTS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_ELEMENTS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def plain_text(html: str, *, for_excerpt: bool = False) -> str:
    """The text of an HTML fragment: tags removed, entities decoded, whitespace kept as is.

    ``for_excerpt`` also leaves out pictures' captions (``<figure>``), as teasers do.
    """
    hidden = _INVISIBLE_ELEMENTS | _NOT_EXCERPTED_ELEMENTS if for_excerpt else _INVISIBLE_ELEMENTS
    extractor = _TextExtractor(hidden)
    extractor.feed(html or "")
    extractor.close()
    return "".join(extractor.parts)


def words_of(text: str) -> list[str]:
    """Split on ASCII whitespace only, as WordPress does."""
    return [word for word in _ASCII_WHITESPACE.split(text) if word]


# How much of a body the excerpt reads at a time (characters).
EXCERPT_CHUNK = 2000


def excerpt(body_html: str, handwritten: str = "", words: int = 50) -> str:
    """The teaser of an article, as plain text (escape it when rendering).

    A hand-written excerpt is shown whole and never gets `` […]``; otherwise the first
    ``words`` words of the body, followed by `` […]`` only when the body was longer.

    The body is read a piece at a time, and no further than needed: once more than
    ``words`` whole words are known, the rest cannot change the teaser. (The parser keeps
    its state between pieces: a tag, an entity or a caption cut by a piece's end is read
    whole; only the last word seen may be incomplete, hence the one word to spare.)
    """
    if handwritten and handwritten.strip():
        return " ".join(words_of(plain_text(handwritten)))
    extractor = _TextExtractor(_INVISIBLE_ELEMENTS | _NOT_EXCERPTED_ELEMENTS)
    html = body_html or ""
    for start in range(0, len(html), EXCERPT_CHUNK):
        extractor.feed(html[start : start + EXCERPT_CHUNK])
        body_words = words_of("".join(extractor.parts))
        if len(body_words) > words + 1:
            return " ".join(body_words[:words]) + EXCERPT_MORE
    extractor.close()
    body_words = words_of("".join(extractor.parts))
    if len(body_words) > words:
        return " ".join(body_words[:words]) + EXCERPT_MORE
    return " ".join(body_words)


# Latin letters that Unicode does not decompose into an ASCII base letter plus accents.
_TRANSLITERATIONS = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
        "ı": "i", "ŀ": "l", "Ŀ": "L", "ħ": "h", "Ħ": "H",
    }
)  # fmt: skip

SLUG_MAX_LENGTH = 80


def slug_from_text(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """An ASCII slug with accents transliterated: "Haliéus grows" -> "halieus-grows".

    Long slugs are cut at a hyphen, never inside a word.
    """
    ascii_text = unicodedata.normalize("NFKD", (text or "").translate(_TRANSLITERATIONS))
    slug = slugify(ascii_text.encode("ascii", "ignore").decode("ascii"))
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def unique_slug(
    base: str, is_taken: Callable[[str], bool], max_length: int = SLUG_MAX_LENGTH
) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever ``is_taken`` says is free first."""
    base = base[:max_length].strip("-") or "item"
    candidate, number = base, 1
    while is_taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)].rstrip("-") + suffix
    return candidate
