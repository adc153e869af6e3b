"""The SQLite engine: FTS5 query text, and behaviour only SQLite has."""

import pytest
from django.db import connection

from newsdesk.news.models import Article
from newsdesk.search import services, sqlite_fts5
from newsdesk.search.query import ParsedQuery, clean_query, parse_query
from newsdesk.search.services import search_articles
from newsdesk.search.sqlite_fts5 import fts5_expression
from tests.factories import CategoryFactory


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("fish", '("fish")'),
        ("fish boats", '("fish") AND ("boats")'),
        ("nets fish or boats", '("nets") AND ("fish" OR "boats")'),
        ('"fishing nets" -farm', '(("fishing nets")) NOT ("farm")'),
        ("fish -farm -cage", '(("fish")) NOT ("farm" OR "cage")'),
        ("NEAR(a b) AND c*", '("NEAR(a") AND ("b)") AND ("AND") AND ("c*")'),
        ("^title:x", '("^title:x")'),
    ],
)
def test_every_phrase_is_a_quoted_string(text, expression):
    assert fts5_expression(parse_query(clean_query(text))) == expression


def test_a_double_quote_inside_a_phrase_is_doubled():
    assert fts5_expression(ParsedQuery(groups=(('say "hi"',),))) == '("say ""hi""")'


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 tokenizer behaviour")
def test_words_are_split_on_punctuation_like_the_tokenizer(make_article):
    article = make_article(title="Mail", body="<p>Write to news@example.org today.</p>")
    assert [hit.article for hit in search_articles("example", "en")[0:9]] == [article]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's two plans")
@pytest.mark.parametrize("few_candidates", [0, sqlite_fts5.FEW_CANDIDATES])
def test_both_plans_find_the_same_newest_matches(make_article, monkeypatch, few_candidates):
    """With FEW_CANDIDATES at 0 every search takes the plan for many candidates (the test
    database never has that many), otherwise the plan for few."""
    monkeypatch.setattr(sqlite_fts5, "FEW_CANDIDATES", few_candidates)
    monkeypatch.setattr(services, "RANKED_MATCHES", 2)
    fisheries = CategoryFactory(slug="fisheries")
    make_article(title="Harbour one", categories=[fisheries])
    make_article(title="Harbour two", categories=[fisheries])
    make_article(title="Harbour three")
    make_article(title="Harbour four", categories=[fisheries])
    make_article(title="Harbour draft", status=Article.Status.DRAFT, categories=[fisheries])
    make_article(title="Harbour in Italian", language="it", categories=[fisheries])

    def titles(**filters) -> list[str]:
        results = search_articles("harbour", "en", **filters)
        return [hit.article.title for hit in results[0 : results.count()]]

    assert titles() == ["Harbour four", "Harbour three"]
    assert titles(category=fisheries) == ["Harbour four", "Harbour two"]
    assert search_articles("harbour", "en", category=fisheries).is_capped
