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

# The ranking function for ``ORDER BY rank``, set per query (FTS5's "rank MATCH" form) so the
# weights live here rather than in the table's stored configuration.
_RANKING = f"bm25({TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {BODY_WEIGHT})"

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
# The FTS table drives the join (CROSS JOIN fixes the order): each match is looked up in the
# articles by primary key. Left to itself SQLite may run the MATCH once per public article
# (seconds with 100,000 articles, against milliseconds). Being a join, it relies on the
# candidates query naming each article once, as the filters of services.search_articles do.
_MATCHES = (
    "FROM search_article_fts CROSS JOIN ({candidates}) AS candidate "
    "ON candidate.pk = search_article_fts.rowid WHERE search_article_fts MATCH %s"
)


def count(query: ParsedQuery, language: str, candidates: tuple[str, tuple]) -> int:
    """How many of the candidate articles match. ``candidates`` is the SQL and parameters of a
    query selecting the ids (as ``pk``) of the articles that may be found."""
    candidates_sql, candidates_params = candidates
    sql = "SELECT count(*) " + _MATCHES.format(candidates=candidates_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*candidates_params, fts5_expression(query)])
        return cursor.fetchone()[0]


def page(
    query: ParsedQuery, language: str, candidates: tuple[str, tuple], offset: int, limit: int
) -> list[tuple[int, str]]:
    """The ids and marked snippets of one page of matching candidates, best first.

    The inner query ranks and cuts the page; snippets are made for that page's rows only.
    """
    candidates_sql, candidates_params = candidates
    expression = fts5_expression(query)
    ranked = (
        "SELECT search_article_fts.rowid AS id, search_article_fts.rank AS score "
        + _MATCHES.format(candidates=candidates_sql)
        + f" AND search_article_fts.rank MATCH '{_RANKING}'"
        " ORDER BY search_article_fts.rank, search_article_fts.rowid DESC LIMIT %s OFFSET %s"
    )
    summary_snippet = _SNIPPET.format(column=1, tokens=SNIPPET_TOKENS)
    body_snippet = _SNIPPET.format(column=2, tokens=SNIPPET_TOKENS)
    sql = (
        f"SELECT ranked.id, {summary_snippet}, {body_snippet} "  # noqa: S608 - see _MATCHES
        f"FROM ({ranked}) AS ranked CROSS JOIN search_article_fts "
        "ON search_article_fts.rowid = ranked.id "
        "WHERE search_article_fts MATCH %s ORDER BY ranked.score, ranked.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*candidates_params, expression, limit, offset, expression])
        rows = cursor.fetchall()
    return [(pk, best_snippet(body, summary)) for pk, summary, body in rows]
