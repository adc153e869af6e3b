"""The text of an article as the search index stores it: the same for both engines.

Three fields with falling weight: the title, the excerpt (``Article.summary``) and the body as
plain text. Control characters are removed here because the engines use two of them to mark
highlighted words in snippets (see ``snippets.py``); no article may contain those markers.
"""

import re
import unicodedata
from dataclasses import dataclass

from newsdesk.core.text import plain_text

# The article fields a document is made from; fetch only these when indexing many articles.
ARTICLE_FIELDS = ("title", "summary", "body", "language")

# Control characters (category Cc) become spaces. Invisible format characters that web text
# carries inside words (soft hyphen, zero-width space and joiners, direction marks, word joiner,
# byte-order mark) and lone surrogates are dropped, so "co\u00adop" is the word "coop".
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff]"
)
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Document:
    article_id: int
    language: str
    title: str
    summary: str
    body: str


def searchable_text(text: str) -> str:
    """``text`` in NFC, without control or invisible characters, whitespace collapsed.

    The same rule applies to what is indexed and to what readers ask (``query.clean_query``).
    """
    text = _INVISIBLE.sub("", text or "")
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    return _WHITESPACE.sub(" ", text).strip()


def document_of(article) -> Document:
    """The document for an article (or anything with its fields, such as a historical model in
    a migration)."""
    return Document(
        article_id=article.pk,
        language=article.language,
        title=searchable_text(article.title),
        summary=searchable_text(article.summary),
        body=searchable_text(plain_text(article.body)),
    )
