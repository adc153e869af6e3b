"""Fixtures for the search tests: articles indexed the way the site indexes them."""

import pytest

from tests.factories import ArticleFactory


@pytest.fixture
def make_article(django_capture_on_commit_callbacks):
    """Create an article and run the on-commit callbacks its save scheduled, as a commit
    would: the search index then holds it, through the app's own signal handlers."""

    def make(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return ArticleFactory(**fields)

    return make
