"""The SQLite engine: an FTS5 virtual table whose rowid is the article's id.

The table (created by migration 0001) holds the title, the excerpt and the plain-text body,
tokenised by ``unicode61 remove_diacritics 2`` so that "halieus" finds "Haliéus" and the other
way round. Ranking is bm25 with the title weighing most.

Which articles may be found is not the index's business: every query joins the matches to the
public-articles query it is given, so drafts and scheduled articles never come out, and a
scheduled article starts coming out at its time with no re-indexing.
"""

from django.db import connection

from newsdesk.search.documents import Document
from newsdesk.search.query import ParsedQuery
from newsdesk.search.snippets import best_snippet

TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0
SNIPPET_TOKENS = 24

# The ranking, with the weights here rather than in the table's stored configuration. Called
# as a function, not as FTS5's "rank" column: ordering by rank makes FTS5 score every match
# before the query's other conditions have kept the few to rank.
_RANKING = f"bm25(search_article_fts, {TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {BODY_WEIGHT})"

# char(2) and char(3) are snippets.MARK_START and MARK_END.
_SNIPPET = "snippet(search_article_fts, {column}, char(2), char(3), '\u2026', {tokens})"


def fts5_expression(query: ParsedQuery) -> str:
    """The FTS5 query for a parsed query: every phrase a quoted string, so nothing the reader
    typed is read as FTS5 syntax (a double quote inside a string is written twice)."""

    def string(phrase: str) -> str:
        return '"' + phrase.replace('"', '""') + '"'

    def any_of(phrases) -> str:
        return "(" + " OR ".join(string(phrase) for phrase in phrases) + ")"

    expression = " AND ".join(any_of(group) for group in query.groups)
    if query.excluded:
        expression = f"({expression}) NOT {any_of(query.excluded)}"
    return expression


def index(documents: list[Document]) -> None:
    """Add or replace the documents."""
    rows = [(d.article_id, d.title, d.summary, d.body) for d in documents]
    with connection.cursor() as cursor:
        cursor.executemany(
            "DELETE FROM search_article_fts WHERE rowid = %s", [(row[0],) for row in rows]
        )
        cursor.executemany(
            "INSERT INTO search_article_fts (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
            rows,
        )


def remove(article_ids: list[int]) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(
            "DELETE FROM search_article_fts WHERE rowid = %s", [(pk,) for pk in article_ids]
        )


def indexed(article_ids: list[int]) -> set[int]:
    """Which of these articles the index holds."""
    if not article_ids:
        return set()
    placeholders = ", ".join(["%s"] * len(article_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM search_article_fts WHERE rowid IN ({placeholders})",  # noqa: S608
            list(article_ids),
        )
        return {row[0] for row in cursor.fetchall()}


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_article_fts")


def optimize() -> None:
    """Merge the index's segments into one: faster queries after a rebuild."""
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_article_fts (search_article_fts) VALUES ('optimize')")


# The SQL below is composed from this module's constants and the SQL Django compiled for the
# candidate articles; every value, the reader's query included, is a parameter.
#
# Finding the newest matching candidates, two plans, each far better than the other in its case:
#
# - Many candidates (every public article of the main language): the FTS table drives a join
#   (CROSS JOIN fixes the order), walking the matches from the newest and looking each up in
#   the articles by primary key, until enough are found: about RANKED_MATCHES lookups.
# - Few candidates (a category, a year, a smaller language): most of the newest matches are
#   not candidates, and the walk would look up thousands of articles (every match, for a
#   category). Instead SQLite lists the candidates once, from the articles' indexes, and the
#   walk checks each match against that list ("+" keeps SQLite from looking each candidate up
#   in the FTS table, which costs about a millisecond per article).
#
# A first query counts the candidates up to FEW_CANDIDATES (below a millisecond) to choose.
# Either way the plan relies on the candidates query naming each article once, as the filters
# of services.search_articles do.
FEW_CANDIDATES = 20_000

_WALK_AND_LOOK_UP = (
    "SELECT search_article_fts.rowid "
    "FROM search_article_fts CROSS JOIN ({candidates}) AS candidate "
    "ON candidate.pk = search_article_fts.rowid WHERE search_article_fts MATCH %s "
    "ORDER BY search_article_fts.rowid DESC LIMIT %s"
)
_WALK_AND_CHECK = (
    "SELECT rowid FROM search_article_fts WHERE search_article_fts MATCH %s "
    "AND +rowid IN ({candidates}) ORDER BY rowid DESC LIMIT %s"
)
_COUNT_UP_TO = "SELECT count(*) FROM (SELECT 1 FROM ({candidates}) AS candidate LIMIT %s)"


def newest(
    query: ParsedQuery, language: str, candidates: tuple[str, tuple], limit: int
) -> list[int]:
    """The ids of the newest ``limit`` matching candidates, newest first. ``candidates`` is the
    SQL and parameters of a query selecting the ids (as ``pk``) of the articles that may be
    found.

    FTS5 walks its matches in rowid order, here from the highest, and the walk stops once
    ``limit`` candidates are found: a common word costs no more than a rare one.
    """
    candidates_sql, candidates_params = candidates
    expression = fts5_expression(query)
    with connection.cursor() as cursor:
        cursor.execute(
            _COUNT_UP_TO.format(candidates=candidates_sql), [*candidates_params, FEW_CANDIDATES]
        )
        if cursor.fetchone()[0] < FEW_CANDIDATES:
            sql = _WALK_AND_CHECK.format(candidates=candidates_sql)
            params = [expression, *candidates_params, limit]
        else:
            sql = _WALK_AND_LOOK_UP.format(candidates=candidates_sql)
            params = [*candidates_params, expression, limit]
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def page(
    query: ParsedQuery, language: str, ids: list[int], offset: int, limit: int
) -> list[tuple[int, str]]:
    """The ids and marked snippets of one page of ``ids``, best first: ``ids`` are matching
    candidates from ``newest``.

    The inner query ranks and cuts the page; snippets are made for that page's rows only.
    Looking each id up in the FTS table would cost about a millisecond per article, so the
    query walks the matches from the lowest of ``ids`` on (a range FTS5 reads directly from
    its index) and keeps those in ``ids``; bm25 is computed for those only. Which articles may
    be shown was settled by ``newest``, and the articles are read through the public query
    afterwards (``services.SearchResults``).
    """
    if not ids:
        return []
    expression = fts5_expression(query)
    id_marks = ", ".join(["%s"] * len(ids))
    ranked = (
        f"SELECT rowid AS id, {_RANKING} AS score FROM search_article_fts "  # noqa: S608
        f"WHERE search_article_fts MATCH %s AND rowid >= %s AND +rowid IN ({id_marks}) "
        "ORDER BY score, rowid DESC LIMIT %s OFFSET %s"
    )
    summary_snippet = _SNIPPET.format(column=1, tokens=SNIPPET_TOKENS)
    body_snippet = _SNIPPET.format(column=2, tokens=SNIPPET_TOKENS)
    sql = (
        f"SELECT ranked.id, {summary_snippet}, {body_snippet} "  # noqa: S608 - see above
        f"FROM ({ranked}) AS ranked CROSS JOIN search_article_fts "
        "ON search_article_fts.rowid = ranked.id "
        "WHERE search_article_fts MATCH %s ORDER BY ranked.score, ranked.id DESC"
    )
    params = [expression, min(ids), *ids, limit, offset, expression]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [(pk, best_snippet(body, summary)) for pk, summary, body in rows]
