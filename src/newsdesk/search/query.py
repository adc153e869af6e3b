"""What a reader typed, made safe and understood, before any engine sees it.

A query never reaches an engine's own syntax raw. It is first cleaned (control characters and
NUL bytes removed, length capped) and then read in the way web search boxes work:

- words are all required: ``fish boats`` finds articles with both;
- ``"quoted words"`` must appear together, in that order;
- ``or`` between two words accepts either: ``fish or boats`` (it binds tighter than the implicit
  "and", so ``fishing nets or boats`` means fishing and either nets or boats);
- a dash before a word or a quoted phrase excludes it: ``fish -farm``.

Everything else (``AND``, ``NOT``, ``NEAR``, ``*``, ``^``, ``:``, brackets) is plain text.
Each engine turns the parsed query into its own syntax with every phrase quoted, so nothing a
reader types can be read as an operator by SQLite FTS5 or PostgreSQL.
"""

import re
from dataclasses import dataclass

from newsdesk.search.documents import searchable_text

# Long enough for any real question; short enough that a pasted page cannot make the engine
# work through thousands of terms.
MAX_QUERY_LENGTH = 200
MAX_PHRASES = 16

# A phrase in quotes (the closing quote may be missing), or a run of other non-space
# characters; either may carry a leading dash.
_TOKEN = re.compile(r'(?P<dash>-?)(?:"(?P<quoted>[^"]*)"?|(?P<word>[^\s"]+))')


@dataclass(frozen=True)
class ParsedQuery:
    """A query as the engines see it: every group must match, any phrase of a group will do,
    and no excluded phrase may appear. Phrases are plain text, never syntax."""

    groups: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing is required: such a query matches nothing."""
        return not self.groups


def clean_query(raw: str) -> str:
    """The reader's text made searchable like indexed text (control and invisible characters
    removed, whitespace collapsed, see ``documents.searchable_text``), the length capped at a
    word boundary."""
    text = searchable_text(raw)
    if len(text) > MAX_QUERY_LENGTH:
        cut = text[: MAX_QUERY_LENGTH + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else text[:MAX_QUERY_LENGTH]
        text = text.strip()
    return text


def has_word(text: str) -> bool:
    """Whether ``text`` holds anything an engine would index (a letter or a digit)."""
    return any(char.isalnum() for char in text)


def parse_query(text: str) -> ParsedQuery:
    """Read a cleaned query (see ``clean_query``) into required groups and excluded phrases."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_with_previous = False
    for match in _TOKEN.finditer(text):
        if len(excluded) + sum(len(group) for group in groups) >= MAX_PHRASES:
            break
        negated = bool(match["dash"])
        quoted = match["quoted"] is not None
        phrase = (match["quoted"] if quoted else match["word"]).strip()
        if not quoted and not negated and phrase.lower() == "or":
            join_with_previous = bool(groups)
            continue
        if not has_word(phrase):
            continue
        if negated:
            excluded.append(phrase)
        elif join_with_previous:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_with_previous = False
    return ParsedQuery(tuple(tuple(group) for group in groups), tuple(excluded))
