"""The search index: an FTS5 table on SQLite, a search-document table on PostgreSQL.

Hand-written: the index is not a Django model, and each database gets its own structure. The
existing articles are indexed on the way, so a site that already has content can search it.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_article_fts USING fts5("
    "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_article_fts"]

# One text search configuration per content language family, each PostgreSQL's own with the
# unaccent dictionary in front of the stemmer for words that may carry accents.
POSTGRES_CONFIGS = [
    ("newsdesk_english", "english", "english_stem"),
    ("newsdesk_italian", "italian", "italian_stem"),
    ("newsdesk_simple", "simple", "simple"),
]
POSTGRES_CREATE = [
    # unaccent is a trusted extension: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    *[
        statement
        for name, parent, dictionary in POSTGRES_CONFIGS
        for statement in (
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{parent})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}",
        )
    ],
    # No foreign key to news_article: deletes are followed by signal, and a foreign key would
    # stop Django's test flush from truncating the article table.
    "CREATE TABLE search_document ("
    "article_id bigint PRIMARY KEY, "
    "title text NOT NULL, "
    "summary text NOT NULL, "
    "body text NOT NULL, "
    "document tsvector NOT NULL)",
    # Keep the vectors in the table's own pages (the texts, read for one page of snippets, go
    # out of line). Out of line, a vector looks free to the planner, which then prefers
    # reading every row to the GIN index: measured with 100,000 articles, twice as slow for a
    # word in one article in seven, four times for a word in most.
    "ALTER TABLE search_document ALTER COLUMN document SET STORAGE MAIN",
    "CREATE INDEX search_document_document ON search_document USING gin (document)",
]
POSTGRES_DROP = [
    "DROP TABLE IF EXISTS search_document",
    *[f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name, _, _ in POSTGRES_CONFIGS],
    # The unaccent extension stays: other parts of the database may use it.
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


def index_existing_articles(apps, schema_editor):
    from newsdesk.search.documents import ARTICLE_FIELDS, document_of
    from newsdesk.search.services import ENGINES

    engine = ENGINES.get(schema_editor.connection.vendor)
    if engine is None:
        return
    # The historical model: only the fields this migration knows about are read.
    Article = apps.get_model("news", "Article")
    articles = Article.objects.order_by("pk").only(*ARTICLE_FIELDS)
    last_pk = 0
    while batch := list(articles.filter(pk__gt=last_pk)[:500]):
        engine.index([document_of(article) for article in batch])
        last_pk = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_redirect"),
    ]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
        migrations.RunPython(index_existing_articles, migrations.RunPython.noop),
    ]
