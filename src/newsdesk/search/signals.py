"""Keeping the index in step with the articles: every save and delete, in the same transaction.

The index lives in the same database as the articles, so it is written inside the transaction
that saves or deletes the article: both are committed together or not at all. A rolled-back
save never reaches the index, and a process killed at any moment (even right after the
commit) leaves no article missing from the index and no entry of a deleted article. Indexing
runs in a savepoint and is robust: a failure to index is logged (``newsdesk reindex`` repairs
it) and does not turn an editor's successful save into an error page.

``QuerySet.update()`` and ``bulk_create()`` send no post_save; code writing in bulk sends
``news.signals.articles_bulk_saved`` with the ids instead, inside its transaction, and they
are indexed at once.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from newsdesk.news.models import Article
from newsdesk.news.signals import articles_bulk_saved
from newsdesk.search.services import index_articles, remove_articles

logger = logging.getLogger(__name__)


def _keep_in_step(work, article_id: int) -> None:
    try:
        with transaction.atomic():  # a savepoint: a failure leaves the save's transaction usable
            work([article_id])
    except Exception:
        logger.exception(
            "Could not update the search index for article %s; `newsdesk reindex` repairs it.",
            article_id,
        )


def article_saved(sender, instance, **kwargs) -> None:
    _keep_in_step(index_articles, instance.pk)


def article_deleted(sender, instance, **kwargs) -> None:
    _keep_in_step(remove_articles, instance.pk)


def articles_saved_in_bulk(sender, ids, **kwargs) -> None:
    index_articles(ids)


def connect() -> None:
    articles_bulk_saved.connect(articles_saved_in_bulk, dispatch_uid="search.bulk_saved")
    post_save.connect(article_saved, sender=Article, dispatch_uid="search.article_saved")
    post_delete.connect(article_deleted, sender=Article, dispatch_uid="search.article_deleted")
