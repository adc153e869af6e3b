"""Search: keeping the index in step with the articles, and asking it questions.

One interface over two engines, chosen by the database in use (``backend()``): SQLite's FTS5
(``sqlite_fts5.py``) or PostgreSQL's full-text search (``postgres.py``). Each engine module
offers ``index(documents)``, ``remove(ids)``, ``indexed(ids)``, ``clear()``, ``optimize()``,
``newest(query, language, candidates, limit)`` (the ids of the newest matching candidates) and
``page(query, language, ids, offset, limit)`` (one page of those ids, ranked, with snippets),
where ``candidates`` is the SQL of the articles that may be found.

The index holds every article, drafts included; what may be found is decided at query time by
``Article.objects.published()``, so a scheduled article appears in results at its time.

How much a search costs is bounded, whatever the words. Ranking (bm25, ts_rank_cd) has to score
every article it orders, and a very common word matches most of the archive: a query matching
more than ``RANKED_MATCHES`` public articles ranks only the newest ``RANKED_MATCHES`` of them
(newest by id, that is most recently created). That is the trade-off: for such a query, an
older article that would have ranked first is not found (a reader narrows the query, or picks
a year or a category, and it is found again), and the count says ``RANKED_MATCHES``, the number
of results one can page through, not how many articles contain the words (counting those
exactly costs as much as ranking them). A query matching fewer articles, as most do, is ranked
and counted exactly over all of them. Each engine finds the newest matches by walking the index
in id order from the newest and stops after ``RANKED_MATCHES + 1``; only the newest
``RANKED_MATCHES`` are then ranked.

For other code (importers, data generators): ``index_articles(articles)`` indexes any number
of articles in batches, e.g. after a ``bulk_create`` (which sends no signals).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, models, transaction
from django.utils.safestring import SafeString

from newsdesk.news.models import Article, Category
from newsdesk.search import postgres, sqlite_fts5
from newsdesk.search.documents import ARTICLE_FIELDS, document_of
from newsdesk.search.query import ParsedQuery, clean_query, parse_query
from newsdesk.search.snippets import highlighted

ENGINES = {"sqlite": sqlite_fts5, "postgresql": postgres}
BATCH_SIZE = 500

# A query matching more public articles than this ranks only the newest this many (see above).
RANKED_MATCHES = 1_000


def backend() -> ModuleType:
    """The search engine for the database in use."""
    try:
        return ENGINES[connection.vendor]
    except KeyError:
        raise ImproperlyConfigured(
            f"Search works with SQLite or PostgreSQL, not with {connection.vendor}."
        ) from None


def index_articles(
    articles: models.QuerySet | Iterable,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Bring the index up to date for ``articles``; return how many articles were indexed.

    ``articles`` is a queryset of articles, or an iterable of articles or of their ids. Each
    article is read afresh from the database, so the index gets what is committed; ids of
    articles that no longer exist are removed from the index. Work goes in batches of
    ``batch_size`` articles (one read and one write each); ``progress`` is called after each
    batch with the number of articles done so far.
    """
    engine = backend()
    done = 0
    for batch, missing_ids in _batches(articles, batch_size):
        with transaction.atomic():
            if batch:
                engine.index([document_of(article) for article in batch])
            if missing_ids:
                engine.remove(missing_ids)
        done += len(batch)
        if progress is not None:
            progress(done)
    return done


def _batches(articles, batch_size: int):
    """Yield (articles, ids not found) batch by batch, reading only the indexed fields."""
    if (
        isinstance(articles, models.QuerySet)
        and articles.model is Article
        and not articles.query.is_sliced
        and not articles.query.values_select
    ):
        queryset = articles.order_by("pk").only(*ARTICLE_FIELDS)
        last_pk = None
        while True:
            page = queryset if last_pk is None else queryset.filter(pk__gt=last_pk)
            batch = list(page[:batch_size])
            if not batch:
                return
            yield batch, []
            last_pk = batch[-1].pk
    # Anything else: sliced querysets, ``values_list("pk", flat=True)``, lists of articles or ids.
    ids = list(dict.fromkeys(getattr(item, "pk", item) for item in articles))
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        batch = list(Article.objects.filter(pk__in=chunk).only(*ARTICLE_FIELDS))
        found = {article.pk for article in batch}
        yield batch, [pk for pk in chunk if pk not in found]


def remove_articles(article_ids: Iterable[int]) -> None:
    """Take articles out of the index (their ids), e.g. after they were deleted."""
    engine = backend()
    ids = list(article_ids)
    for start in range(0, len(ids), BATCH_SIZE):
        engine.remove(ids[start : start + BATCH_SIZE])


def indexed_article_ids(article_ids: Iterable[int]) -> set[int]:
    """Which of these articles the index holds (drafts included)."""
    engine = backend()
    ids = list(article_ids)
    found: set[int] = set()
    for start in range(0, len(ids), BATCH_SIZE):
        found |= engine.indexed(ids[start : start + BATCH_SIZE])
    return found


def rebuild_index(
    *, batch_size: int = BATCH_SIZE, progress: Callable[[int, int], None] | None = None
) -> int:
    """Index every article afresh; return how many. ``progress(done, total)`` follows along.

    One transaction: until it commits, searches keep using the old index.
    """
    engine = backend()
    articles = Article.objects.all()
    total = articles.count()
    with transaction.atomic():
        engine.clear()
        done = index_articles(
            articles,
            batch_size=batch_size,
            progress=(lambda done: progress(done, total)) if progress else None,
        )
        engine.optimize()
    return done


@dataclass(frozen=True)
class Hit:
    """One search result: the article and its snippet (HTML, with matches in ``<mark>``)."""

    article: Article
    snippet: SafeString


class SearchResults:
    """The public articles matching a query, best first, fetched a page at a time.

    Works with Django's ``Paginator``: ``count()`` costs one query (the newest matches, at most
    ``RANKED_MATCHES + 1``; SQLite first counts the candidates, up to a bound, to choose its
    plan), a slice two more (the page's ids and snippets, then its articles), whatever the
    number of matches. ``is_capped`` says whether more articles match than are
    ranked and counted.
    """

    def __init__(self, query: ParsedQuery, language: str, candidates: models.QuerySet):
        self.query = query
        self.language = language
        self.candidates = candidates
        self._newest: list[int] | None = None

    def _candidates_sql(self) -> tuple[str, tuple]:
        return self.candidates.order_by().values("pk").query.sql_with_params()

    def _newest_matches(self) -> list[int]:
        """Ids of the newest matching candidates, newest first: one more than are ranked, if
        there are that many, so that ``is_capped`` knows."""
        if self._newest is None:
            self._newest = (
                []
                if self.query.is_empty
                else backend().newest(
                    self.query, self.language, self._candidates_sql(), RANKED_MATCHES + 1
                )
            )
        return self._newest

    @property
    def is_capped(self) -> bool:
        """Whether more articles match than ``RANKED_MATCHES``, the newest of which are ranked."""
        return len(self._newest_matches()) > RANKED_MATCHES

    def count(self) -> int:
        return min(len(self._newest_matches()), RANKED_MATCHES)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, int):
            hits = self[key : key + 1]
            if not hits:
                raise IndexError("No search result at that position.")
            return hits[0]
        offset = key.start or 0
        limit = min(key.stop if key.stop is not None else self.count(), self.count()) - offset
        if limit <= 0:
            return []
        ranked_ids = self._newest_matches()[:RANKED_MATCHES]
        rows = backend().page(self.query, self.language, ranked_ids, offset, limit)
        # Read through the same public query: an article unpublished a moment ago drops out.
        articles = self.candidates.in_bulk([pk for pk, _snippet in rows])
        return [Hit(articles[pk], highlighted(snippet)) for pk, snippet in rows if pk in articles]


def search_articles(
    text: str, language: str, *, category: Category | None = None, year: int | None = None
) -> SearchResults:
    """Public articles in ``language`` matching what a reader typed, optionally only those in
    ``category`` or published in ``year`` (in the site's time zone)."""
    candidates = Article.objects.published().in_language(language)
    if category is not None:
        candidates = candidates.filter(categories=category)
    if year is not None:
        candidates = candidates.filter(published_at__year=year)
    return SearchResults(parse_query(clean_query(text)), language, candidates)
