"""Snippets: a piece of article text with the words that matched highlighted.

Both engines return snippets as plain article text with ``MARK_START``/``MARK_END`` around the
matching words. Here, and only here, that becomes HTML: the article text is escaped and our own
``<mark>`` elements are put around the matches. Article text is never marked safe as such.
"""

import re

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

# Control characters: ``documents.searchable_text`` removes them from everything indexed, so
# in a snippet they can only be the engine's highlight markers.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "\u2026"

_MARKERS = re.compile(f"([{MARK_START}{MARK_END}])")


def highlighted(marked: str) -> SafeString:
    """HTML for a marked snippet: escaped text, ``<mark>`` around the highlighted words."""
    pieces: list[SafeString] = []
    inside = False
    for part in _MARKERS.split(marked):
        if part in (MARK_START, MARK_END):
            inside = part == MARK_START
        elif part:
            pieces.append(format_html("<mark>{}</mark>", part) if inside else escape(part))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def is_highlighted(marked: str) -> bool:
    return MARK_START in marked


def best_snippet(*candidates: str) -> str:
    """The first candidate that highlights something, else the first that is not empty."""
    for candidate in candidates:
        if is_highlighted(candidate):
            return candidate
    return next((candidate for candidate in candidates if candidate.strip()), "")
