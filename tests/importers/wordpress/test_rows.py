"""Plain SQL inserts and upserts: the same on SQLite and PostgreSQL."""

import pytest

from newsdesk.importers.wordpress.rows import insert_rows, now_for_database, upsert_rows
from newsdesk.news.models import Article, Redirect
from tests.factories import ArticleFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_insert_rows_into_a_many_to_many_table():
    article, tags = ArticleFactory(), [TagFactory(), TagFactory()]
    insert_rows(Article.tags.through, ["article", "tag"], [(article.pk, tag.pk) for tag in tags])
    assert list(article.tags.order_by("pk")) == tags


def test_upsert_inserts_then_updates_the_row_with_the_same_key():
    first, second = ArticleFactory(), ArticleFactory()
    now = now_for_database()
    upsert_rows(
        Redirect,
        ["old_path", "article", "new_path", "created_at"],
        [("/?p=1", first.pk, "", now)],
        unique=["old_path"],
    )
    upsert_rows(
        Redirect,
        ["old_path", "article", "new_path", "created_at"],
        [("/?p=1", second.pk, "", now), ("/category/x/", None, "/news/category/x/", now)],
        unique=["old_path"],
    )
    assert list(Redirect.objects.values_list("old_path", "article", "new_path")) == [
        ("/?p=1", second.pk, ""),
        ("/category/x/", None, "/news/category/x/"),
    ]
    assert Redirect.objects.get(old_path="/?p=1").created_at is not None


def test_nothing_to_write_is_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows(Redirect, ["old_path"], [])
        upsert_rows(Redirect, ["old_path"], [], unique=["old_path"])
