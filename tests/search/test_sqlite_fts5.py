"""The SQLite engine: FTS5 query text, and behaviour only SQLite has."""

import pytest
from django.db import connection

from newsdesk.search.query import ParsedQuery, clean_query, parse_query
from newsdesk.search.services import search_articles
from newsdesk.search.sqlite_fts5 import fts5_expression


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
