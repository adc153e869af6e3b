"""Article.objects.published(): the one rule for what the public sees."""

import datetime

import pytest
from django.utils import timezone

from newsdesk.news.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_published_excludes_drafts_review_and_scheduled():
    visible = ArticleFactory(title="Visible")
    ArticleFactory(title="Draft", status=Article.Status.DRAFT)
    ArticleFactory(title="Review", status=Article.Status.REVIEW)
    ArticleFactory(title="Later", published_at=timezone.now() + datetime.timedelta(minutes=2))
    assert list(Article.objects.published()) == [visible]


def test_scheduled_article_appears_at_its_time_without_any_job():
    when = timezone.now() + datetime.timedelta(minutes=2)
    article = ArticleFactory(published_at=when)
    assert article.is_scheduled
    assert not Article.objects.published().exists()
    assert list(Article.objects.published(at=when)) == [article]
    assert list(Article.objects.published(at=when + datetime.timedelta(seconds=1))) == [article]


def test_newest_first_breaks_ties_by_id():
    same_time = timezone.now() - datetime.timedelta(days=1)
    older = ArticleFactory(published_at=same_time - datetime.timedelta(hours=1))
    first = ArticleFactory(published_at=same_time)
    second = ArticleFactory(published_at=same_time)
    assert list(Article.objects.published().newest_first()) == [second, first, older]


def test_in_language():
    english = ArticleFactory(language="en")
    italian = ArticleFactory(language="it")
    assert list(Article.objects.in_language("en")) == [english]
    assert list(Article.objects.in_language("it")) == [italian]
