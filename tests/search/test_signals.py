"""The index follows every save, publish, unpublish and delete, in the same transaction."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone

from newsdesk.news.models import Article
from newsdesk.search.services import indexed_article_ids, search_articles
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def found(text: str) -> list[str]:
    return [hit.article.title for hit in search_articles(text, "en")[0:9]]


def test_the_index_is_written_in_the_saving_transaction(django_capture_on_commit_callbacks):
    """No work waits for the commit: a process killed right after it leaves the article
    indexed (tests/core/test_kill_safety.py kills real processes)."""
    with django_capture_on_commit_callbacks(execute=False):
        article = ArticleFactory(title="Harbour news")
        assert indexed_article_ids([article.pk]) == {article.pk}
        article_id = article.pk
        article.delete()
        assert indexed_article_ids([article_id]) == set()


def test_a_rolled_back_save_never_reaches_the_index(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        ArticleFactory(title="Harbour news")
        raise RuntimeError("the editor's request failed")
    assert callbacks == []
    assert found("harbour") == []


def test_edits_replace_the_indexed_text(make_article, django_capture_on_commit_callbacks):
    article = make_article(title="Harbour news")
    article.title = "Market news"
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert found("harbour") == []
    assert found("market") == ["Market news"]


def test_publish_and_unpublish(make_article, django_capture_on_commit_callbacks):
    article = make_article(title="Harbour news", status=Article.Status.DRAFT, published_at=None)
    assert found("harbour") == []
    article.status = Article.Status.PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert found("harbour") == ["Harbour news"]
    article.status = Article.Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert found("harbour") == []
    assert indexed_article_ids([article.pk]) == {article.pk}  # kept, never shown


def test_rescheduling_into_the_future_hides_it(make_article, django_capture_on_commit_callbacks):
    article = make_article(title="Harbour news")
    article.published_at = timezone.now() + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert found("harbour") == []


def test_delete_removes_it_from_the_index(make_article, django_capture_on_commit_callbacks):
    article = make_article(title="Harbour news")
    article_id = article.pk
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert indexed_article_ids([article_id]) == set()


def test_bulk_delete_removes_every_article(make_article, django_capture_on_commit_callbacks):
    ids = [make_article(title=f"Harbour {n}").pk for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk__in=ids).delete()
    assert indexed_article_ids(ids) == set()


@pytest.mark.django_db(transaction=True)
def test_real_commits_keep_the_index_in_step():
    with transaction.atomic():
        article = ArticleFactory(title="Harbour news")
    assert found("harbour") == ["Harbour news"]
    with pytest.raises(RuntimeError), transaction.atomic():
        ArticleFactory(title="Harbour market")
        raise RuntimeError("the editor's request failed")
    assert found("market") == []  # the index entry was rolled back with the article
    article_id = article.pk
    article.delete()
    assert indexed_article_ids([article_id]) == set()
