"""The PostgreSQL engine: a search-document table with a weighted tsvector and a GIN index.

Each article's row holds its title (weight A), excerpt (B) and plain-text body (C). The text
search configuration follows the article's language: English and Italian stem their words, any
other language uses ``simple``. Each configuration is a copy of PostgreSQL's own with the
``unaccent`` dictionary in front (created by migration 0001), so "halieus" finds "Haliéus" and
the other way round. Ranking is ``ts_rank_cd``; snippets come from ``ts_headline``.

As with SQLite, every query is joined to the public-articles query it is given: the index may
hold drafts, the results never do.
"""

from django.db import connection

from newsdesk.search.documents import Document
from newsdesk.search.query import ParsedQuery, has_word
from newsdesk.search.snippets import ELLIPSIS, MARK_END, MARK_START, best_snippet

CONFIGS = {"en": "newsdesk_english", "it": "newsdesk_italian"}
DEFAULT_CONFIG = "newsdesk_simple"

# ts_rank_cd's weights for D, C, B, A: the title counts five times the body.
_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'::float4[]"
_HEADLINE_OPTIONS = f"StartSel={MARK_START}, StopSel={MARK_END}, MinWords=15, MaxWords=30"

# PostgreSQL's parser reads "<...>" as an HTML tag and "&...;" as an entity, and ts_headline
# drops tags from its output: a body about "<script>" would lose the word. The stored text and
# the query have these three characters swapped for control characters (which never occur in
# indexed text, see documents.searchable_text) and swapped back in the snippet.
_GUARD = str.maketrans({"<": "\x04", ">": "\x05", "&": "\x06"})
_UNGUARD = str.maketrans({"\x04": "<", "\x05": ">", "\x06": "&"})


# The SQL below is composed from this module's constants, placeholders, and the SQL Django
# compiled for the candidate articles; every value, the reader's query included, is a parameter.


def config_for(language: str) -> str:
    return CONFIGS.get(language, DEFAULT_CONFIG)


def guarded(text: str) -> str:
    return text.translate(_GUARD)


def tsquery(query: ParsedQuery, language: str) -> tuple[str, list]:
    """SQL for the tsquery of a parsed query, with its parameters.

    Each phrase goes through ``websearch_to_tsquery`` inside double quotes (the phrase never
    contains one), which reads it as words in that order and never fails on odd input; the
    structure (all groups, any phrase within a group, none excluded) is built here with
    tsquery operators, so both engines read a query the same way.
    """
    config = config_for(language)
    params: list = []

    def any_of(phrases) -> str:
        parts = []
        for phrase in phrases:
            parts.append("websearch_to_tsquery(%s::regconfig, %s)")
            params.extend([config, '"' + guarded(phrase) + '"'])
        return "(" + " || ".join(parts) + ")"

    sql = " && ".join(any_of(group) for group in query.groups)
    if query.excluded:
        sql = f"({sql}) && !!{any_of(query.excluded)}"
    return sql, params


def index(documents: list[Document]) -> None:
    """Add or replace the documents, in one statement."""
    if not documents:
        return
    values = ", ".join(["(%s::bigint, %s::regconfig, %s, %s, %s)"] * len(documents))
    params: list = []
    for d in documents:
        params.extend(
            [d.article_id, config_for(d.language), *map(guarded, (d.title, d.summary, d.body))]
        )
    sql = (
        "INSERT INTO search_document (article_id, title, summary, body, document) "  # noqa: S608
        "SELECT v.id, v.title, v.summary, v.body, "
        "setweight(to_tsvector(v.config, v.title), 'A') || "
        "setweight(to_tsvector(v.config, v.summary), 'B') || "
        "setweight(to_tsvector(v.config, v.body), 'C') "
        f"FROM (VALUES {values}) AS v (id, config, title, summary, body) "
        "ON CONFLICT (article_id) DO UPDATE SET title = EXCLUDED.title, "
        "summary = EXCLUDED.summary, body = EXCLUDED.body, document = EXCLUDED.document"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def remove(article_ids: list[int]) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM search_document WHERE article_id = ANY(%s)", [list(article_ids)]
        )


def indexed(article_ids: list[int]) -> set[int]:
    """Which of these articles the index holds."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT article_id FROM search_document WHERE article_id = ANY(%s)", [list(article_ids)]
        )
        return {row[0] for row in cursor.fetchall()}


def clear() -> None:
    # DELETE rather than TRUNCATE: readers keep seeing the old index until the rebuild commits.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_document")


def optimize() -> None:
    """Refresh the planner's statistics after a rebuild."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_document")


def newest(
    query: ParsedQuery, language: str, candidates: tuple[str, tuple], limit: int
) -> list[int]:
    """The ids of the newest ``limit`` matching candidates, newest first (see
    sqlite_fts5.newest)."""
    candidates_sql, candidates_params = candidates
    query_sql, query_params = tsquery(query, language)
    sql = (
        f"SELECT article_id FROM search_document WHERE document @@ ({query_sql}) "  # noqa: S608
        f"AND article_id IN ({candidates_sql}) ORDER BY article_id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*query_params, *candidates_params, limit])
        return [row[0] for row in cursor.fetchall()]


def page(
    query: ParsedQuery, language: str, ids: list[int], offset: int, limit: int
) -> list[tuple[int, str]]:
    """The ids and marked snippets of one page of ``ids``, best first: ``ids`` are matching
    candidates from ``newest``.

    The inner query ranks those documents, looked up by id (a search of the GIN index again
    would read every match of a common word), and cuts the page; ``ts_headline`` runs on that
    page's rows only. Which articles may be shown was settled by ``newest``, and the articles
    are read through the public query afterwards (``services.SearchResults``).
    """
    if not ids:
        return []
    query_sql, query_params = tsquery(query, language)
    config = config_for(language)
    ranked = (
        f"SELECT article_id, ts_rank_cd({_WEIGHTS}, document, {query_sql}) AS score "  # noqa: S608
        "FROM search_document WHERE article_id = ANY(%s) "
        "ORDER BY score DESC, article_id DESC LIMIT %s OFFSET %s"
    )
    sql = (
        "SELECT ranked.article_id, "  # noqa: S608
        f"ts_headline(%s::regconfig, d.summary, {query_sql}, %s), "
        f"ts_headline(%s::regconfig, d.body, {query_sql}, %s), d.summary, d.body "
        f"FROM ({ranked}) AS ranked JOIN search_document AS d ON d.article_id = ranked.article_id "
        "ORDER BY ranked.score DESC, ranked.article_id DESC"
    )
    params = [
        *[config, *query_params, _HEADLINE_OPTIONS] * 2,
        *query_params,
        list(ids),
        limit,
        offset,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        (
            pk,
            best_snippet(
                with_ellipses(body_snippet, body), with_ellipses(summary_snippet, summary)
            ).translate(_UNGUARD),
        )
        for pk, summary_snippet, body_snippet, summary, body in rows
    ]


def with_ellipses(snippet: str, text: str) -> str:
    """``snippet`` with an ellipsis where words of ``text`` come before or after it (FTS5's
    snippets have them; ts_headline's do not)."""
    plain = snippet.replace(MARK_START, "").replace(MARK_END, "").strip()
    if not plain:
        return snippet
    start = text.find(plain)
    if start < 0:
        return snippet
    before = ELLIPSIS if has_word(text[:start]) else ""
    after = ELLIPSIS if has_word(text[start + len(plain) :]) else ""
    return before + snippet.strip() + after
