"""Content per language: unprefixed English, prefixed Italian."""

import pytest

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_each_language_lists_its_own_articles(client):
    english = ArticleFactory(title="Annual assembly", language="en")
    italian = ArticleFactory(title="Assemblea annuale", language="it")
    assert [a.pk for a in client.get("/news/").context["articles"]] == [english.pk]
    assert [a.pk for a in client.get("/it/news/").context["articles"]] == [italian.pk]
    assert italian.get_absolute_url() == "/it/news/assemblea-annuale/"
    assert client.get("/it/news/assemblea-annuale/").status_code == 200
    assert '<html lang="it">' in client.get("/it/news/").content.decode()


def test_unknown_language_prefix_is_404(client):
    assert client.get("/xx/news/").status_code == 404
    assert client.get("/en/news/").status_code == 404  # the default language is unprefixed
