"""Every change to what readers can see bumps the site-wide content version.

Bumped at once (so the same process never serves a stale page) and again on commit (so that a
page rendered by another process between the save and the commit is not kept).
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

from newsdesk.core import cache as page_cache
from newsdesk.images.models import Image
from newsdesk.news.models import Article, Author, Category, Redirect, Tag

#: Sent with ``ids`` after articles were written in bulk (bulk_create, raw inserts), which
#: sends no post_save: the search index and the page cache listen to it.
articles_bulk_saved = Signal()


def content_changed(**kwargs) -> None:
    if kwargs.get("raw"):
        return  # loading fixtures
    page_cache.bump_content_version()
    transaction.on_commit(page_cache.bump_content_version)


def next_scheduled_publication() -> float | None:
    """When the next scheduled article goes public, as a Unix time."""
    due = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    return due.timestamp() if due else None


def connect() -> None:
    for model in (Article, Author, Category, Tag, Redirect, Image):
        post_save.connect(content_changed, sender=model, dispatch_uid=f"bump-save-{model.__name__}")
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"bump-delete-{model.__name__}"
        )
    for relation in (Article.authors, Article.categories, Article.tags):
        m2m_changed.connect(
            content_changed, sender=relation.through, dispatch_uid=f"bump-m2m-{relation.field.name}"
        )
    articles_bulk_saved.connect(content_changed, dispatch_uid="bump-bulk")
    page_cache.set_schedule_source(next_scheduled_publication)
