"""``newsdesk reindex``."""

import io

import pytest
from django.core.management import CommandError, call_command

from newsdesk.news.models import Article
from newsdesk.search.services import backend, search_articles
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    """An output stream that says it is a terminal, as a console would."""

    def isatty(self) -> bool:
        return True


def found(text: str) -> int:
    return search_articles(text, "en").count()


def test_rebuilds_the_index_and_prints_a_summary():
    for n in range(3):
        ArticleFactory(title=f"Harbour {n}")
    ArticleFactory(title="Harbour draft", status=Article.Status.DRAFT)
    backend().clear()  # an index lost or damaged: what reindex is for
    assert found("harbour") == 0
    out = io.StringIO()
    call_command("reindex", stdout=out)
    assert out.getvalue() == "Search index rebuilt: 4 articles.\n"
    assert found("harbour") == 3


def test_counts_up_in_place_on_a_terminal():
    for n in range(3):
        ArticleFactory(title=f"Harbour {n}")
    out = Terminal()
    call_command("reindex", "--batch-size", "2", stdout=out)
    assert out.getvalue() == (
        "\r  2/3 articles\r  3/3 articles\nSearch index rebuilt: 3 articles.\n"
    )


def test_an_empty_site():
    out = Terminal()
    call_command("reindex", stdout=out)
    assert out.getvalue() == "Search index rebuilt: 0 articles.\n"


def test_batch_size_must_be_positive():
    with pytest.raises(CommandError, match=r"^--batch-size must be at least 1\.$"):
        call_command("reindex", "--batch-size", "0")
