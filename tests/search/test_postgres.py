"""The PostgreSQL engine: tsquery composition, snippets' ellipses, and behaviour only
PostgreSQL has (stemming per language)."""

import pytest
from django.db import connection

from newsdesk.search.postgres import config_for, guarded, tsquery, with_ellipses
from newsdesk.search.query import clean_query, parse_query
from newsdesk.search.services import search_articles
from newsdesk.search.snippets import MARK_END, MARK_START

PHRASE = "websearch_to_tsquery(%s::regconfig, %s)"


def test_configuration_per_language():
    assert config_for("en") == "newsdesk_english"
    assert config_for("it") == "newsdesk_italian"
    assert config_for("de") == "newsdesk_simple"


def test_tsquery_quotes_each_phrase_and_builds_the_structure():
    sql, params = tsquery(parse_query(clean_query('nets fish or "big boats" -farm')), "it")
    assert sql == f"(({PHRASE}) && ({PHRASE} || {PHRASE})) && !!({PHRASE})"
    assert params == [
        "newsdesk_italian", '"nets"',
        "newsdesk_italian", '"fish"',
        "newsdesk_italian", '"big boats"',
        "newsdesk_italian", '"farm"',
    ]  # fmt: skip


def test_markup_characters_are_guarded():
    assert guarded("a<b>&c") == "a\x04b\x05\x06c"


@pytest.mark.parametrize(
    ("snippet", "text", "expected"),
    [
        ("[fish] market", "The fish market", "\u2026[fish] market"),
        ("The [fish]", "The fish market", "The [fish]\u2026"),
        ("The [fish] market", "The fish market.", "The [fish] market"),
        ("[fish]", "The fish market", "\u2026[fish]\u2026"),
        ("", "The fish market", ""),
        ("not in the text", "The fish market", "not in the text"),
    ],
)
def test_with_ellipses(snippet, text, expected):
    def marked(value):
        return value.replace("[", MARK_START).replace("]", MARK_END)

    assert with_ellipses(marked(snippet), text) == marked(expected)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stemming")
class TestLanguages:
    def test_italian_articles_are_stemmed_in_italian(self, make_article):
        article = make_article(title="Le cooperative crescono", language="it")
        assert [hit.article for hit in search_articles("cooperativa", "it")[0:9]] == [article]

    def test_english_articles_are_stemmed_in_english(self, make_article):
        article = make_article(title="Cooperatives grow", language="en")
        assert [hit.article for hit in search_articles("growing", "en")[0:9]] == [article]
