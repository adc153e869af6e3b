"""The prebuilt search index of a static export: one JSON file per language, next to its search
page (``/search/index.json``, ``/it/search/index.json``), read by ``static-search.js``.

Each public article is one entry: what a search result shows (title, address, date, excerpt)
and ``text``, the distinct words of its title, excerpt and body, normalised so that matching
ignores case and accents (``Haliéus`` is stored as ``halieus``). The browser script normalises
the query the same way: NFD, combining marks removed, lower case. Distinct words keep the file
small; the price is that a static search matches words, not phrases.
"""

import json
import re
import unicodedata

from django.utils import timezone, translation
from django.utils.formats import date_format

from newsdesk.core.text import plain_text
from newsdesk.news.models import Article

INDEX_FORMAT = 1
# Letters and digits; everything else (spaces, punctuation, apostrophes) separates words.
_WORD = re.compile(r"[^\W_]+")


def normalise(text: str) -> str:
    """Lower case without accents: ``Haliéus`` -> ``halieus``. Lower-casing comes first
    because it can itself produce combining marks (``İ`` -> ``i̇``). Marks are Unicode's
    category M, which is what the script's ``\\p{M}`` removes."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower())
    return "".join(char for char in decomposed if not unicodedata.category(char).startswith("M"))


def distinct_words(*texts: str) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(normalise(text)):
            seen.setdefault(word, None)
    return list(seen)


def entry_for(article: Article, category_slugs: list[str]) -> dict:
    """The index entry of one article, formatted as the live search results show it."""
    with translation.override(article.language):
        local = timezone.localtime(article.published_at)
        return {
            "id": article.pk,
            "title": str(article.display_title),
            "untitled": not article.has_title,
            "url": article.get_absolute_url(),
            "date": date_format(local, "c"),
            "date_text": date_format(local, "j F Y"),
            "year": local.year,
            "categories": category_slugs,
            "excerpt": article.summary,
            "text": " ".join(
                distinct_words(article.title, article.summary, plain_text(article.body))
            ),
        }


def entries_for(article_ids: list[int]) -> list[dict]:
    """Index entries of these articles (public or not: the caller chose them), in two queries."""
    articles = (
        Article.objects.filter(pk__in=article_ids)
        .only("id", "title", "slug", "language", "body", "summary", "published_at")
        .prefetch_related("categories")
    )
    return [
        entry_for(article, sorted(category.slug for category in article.categories.all()))
        for article in articles
    ]


def index_content(language: str, entries: list[dict]) -> bytes:
    """The JSON file of one language; ``entries`` already in the order results are shown."""
    document = {"format": INDEX_FORMAT, "language": language, "articles": entries}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def read_entries(content: bytes) -> dict[int, dict] | None:
    """The entries of a previously written index by article id, or None if it is unusable."""
    try:
        document = json.loads(content)
    except ValueError:
        return None
    if not isinstance(document, dict) or document.get("format") != INDEX_FORMAT:
        return None
    return {entry["id"]: entry for entry in document.get("articles", [])}
