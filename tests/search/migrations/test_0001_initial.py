"""The index's migration works forwards and backwards on the database in use."""

import pytest
from django.core.management import call_command
from django.db import connection

from newsdesk.search.services import search_articles
from tests.factories import ArticleFactory

INDEX_TABLE = {"sqlite": "search_article_fts", "postgresql": "search_document"}


@pytest.mark.django_db(transaction=True)
def test_migrating_creates_the_index_and_indexes_existing_articles():
    article = ArticleFactory(title="Harbour news")
    call_command("migrate", "search", "zero", verbosity=0)
    assert INDEX_TABLE[connection.vendor] not in connection.introspection.table_names()
    call_command("migrate", "search", verbosity=0)
    assert INDEX_TABLE[connection.vendor] in connection.introspection.table_names()
    assert [hit.article for hit in search_articles("harbour", "en")[0:9]] == [article]
