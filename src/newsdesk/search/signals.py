"""Keeping the index in step with the articles: every save and delete, once committed.

The work waits for the commit (``transaction.on_commit``): a rolled-back save never reaches
the index, and the index is written from what the database holds then. The callbacks are
robust: a failure to index is logged (``newsdesk reindex`` repairs it) and does not turn an
editor's successful save into an error page.

``QuerySet.update()`` and ``bulk_create()`` send no post_save; code writing in bulk sends
``news.signals.articles_bulk_saved`` with the ids instead, and they are indexed at once.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from newsdesk.news.models import Article
from newsdesk.news.signals import articles_bulk_saved
from newsdesk.search.services import index_articles, remove_articles


def article_saved(sender, instance, **kwargs) -> None:
    article_id = instance.pk

    def index_after_commit() -> None:
        index_articles([article_id])

    transaction.on_commit(index_after_commit, robust=True)


def article_deleted(sender, instance, **kwargs) -> None:
    article_id = instance.pk

    def remove_after_commit() -> None:
        remove_articles([article_id])

    transaction.on_commit(remove_after_commit, robust=True)


def articles_saved_in_bulk(sender, ids, **kwargs) -> None:
    index_articles(ids)


def connect() -> None:
    articles_bulk_saved.connect(articles_saved_in_bulk, dispatch_uid="search.bulk_saved")
    post_save.connect(article_saved, sender=Article, dispatch_uid="search.article_saved")
    post_delete.connect(article_deleted, sender=Article, dispatch_uid="search.article_deleted")
