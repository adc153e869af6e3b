"""Writing planned posts: articles, their links, redirects and import references, in bulk."""

import dataclasses
import datetime
import zoneinfo

import pytest

from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import PostPlan
from newsdesk.importers.wordpress.writer import write_posts
from newsdesk.news.models import Article, Redirect
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db

JULY_FIRST = datetime.datetime(2024, 7, 1, 8, 0, tzinfo=datetime.UTC)


def run_context() -> ImportContext:
    return ImportContext(
        language="en", time_zone=zoneinfo.ZoneInfo("Europe/Rome"), source="https://old.example"
    )


def plan(wp_id: str = "7", **fields) -> PostPlan:
    values = {
        "wp_id": wp_id,
        "wp_status": "publish",
        "description": f"post {wp_id}",
        "title": "Harbour news",
        "slug": "harbour-news",
        "language": "en",
        "dateline": "",
        "body": '<p onclick="steal()">The harbour reopened.</p><script>alert(1)</script>',
        "excerpt": "",
        "status": "published",
        "published_at": JULY_FIRST,
        "sticky": False,
        "featured_image_id": None,
        "old_paths": ["/2024/07/harbour-news/", "/?p=7"],
    }
    return PostPlan(**{**values, **fields})


def test_a_new_article_with_its_links_redirects_and_reference():
    author, category, tag, image = AuthorFactory(), CategoryFactory(), TagFactory(), ImageFactory()
    outcome = write_posts(
        [
            plan(
                author_ids=[author.pk],
                category_ids=[category.pk],
                tag_ids=[tag.pk],
                featured_image_id=image.pk,
                sticky=True,
            )
        ],
        run_context(),
    )
    article = Article.objects.get()
    assert (article.title, article.slug, article.status, article.published_at, article.sticky) == (
        "Harbour news",
        "harbour-news",
        "published",
        JULY_FIRST,
        True,
    )
    assert (article.body, article.summary) == (
        "<p>The harbour reopened.</p>",
        "The harbour reopened.",
    )
    assert (
        list(article.authors.all()),
        list(article.categories.all()),
        list(article.tags.all()),
        article.featured_image,
    ) == ([author], [category], [tag], image)
    assert list(Redirect.objects.values_list("old_path", "article", "new_path")) == [
        ("/2024/07/harbour-news/", article.pk, ""),
        ("/?p=7", article.pk, ""),
    ]
    assert list(
        ImportReference.objects.values_list("source", "kind", "wp_id", "wp_status", "article")
    ) == [("https://old.example", "post", "7", "publish", article.pk)]
    assert (outcome.created["post"], outcome.redirects, outcome.article_ids) == (1, 2, [article.pk])


def test_an_imported_article_is_what_saving_it_would_make():
    write_posts([plan(body="Line\n<b>bold</b> &amp; <i>more", excerpt="")], run_context())
    article = Article.objects.get()
    stored = (article.body, article.summary, article.slug)
    article.save()
    article.refresh_from_db()
    assert (article.body, article.summary, article.slug) == stored


def test_writing_again_changes_nothing_then_updates_what_changed():
    tags = [TagFactory(), TagFactory()]
    write_posts([plan(tag_ids=[tags[0].pk])], run_context())
    again = write_posts([plan(tag_ids=[tags[0].pk])], run_context())
    assert (again.unchanged["post"], again.updated["post"], again.created["post"]) == (1, 0, 0)
    changed = write_posts(
        [plan(title="Harbour news, updated", tag_ids=[tags[1].pk])], run_context()
    )
    assert changed.updated["post"] == 1
    article = Article.objects.get()
    assert (article.title, list(article.tags.all())) == ("Harbour news, updated", [tags[1]])
    assert (Redirect.objects.count(), ImportReference.objects.count()) == (2, 1)


def test_a_renamed_post_keeps_its_previous_address_answering():
    write_posts([plan()], run_context())
    write_posts([plan(slug="harbour-news-2024")], run_context())
    assert Redirect.objects.get(old_path="/news/harbour-news/").article == Article.objects.get()


def test_a_slug_taken_by_another_article_gets_a_number():
    ArticleFactory(title="Harbour news")
    outcome = write_posts([plan(), plan("8", old_paths=[])], run_context())
    assert list(Article.objects.order_by("pk").values_list("slug", flat=True)) == [
        "harbour-news",
        "harbour-news-2",
        "harbour-news-3",
    ]
    assert outcome.problems.lines == [
        "post 7: the address 'harbour-news' was taken; the article got 'harbour-news-2'",
        "post 8: the address 'harbour-news' was taken; the article got 'harbour-news-3'",
    ]


def test_the_same_slug_in_another_language_is_free():
    ArticleFactory(title="Harbour news", language="it")
    write_posts([plan()], run_context())
    assert sorted(Article.objects.values_list("language", "slug")) == [
        ("en", "harbour-news"),
        ("it", "harbour-news"),
    ]


def test_posts_without_slug_get_one_from_the_title_even_in_one_batch():
    write_posts(
        [plan(slug="", status="draft"), plan("8", slug="", status="draft", old_paths=[])],
        run_context(),
    )
    assert list(Article.objects.order_by("pk").values_list("slug", flat=True)) == [
        "harbour-news",
        "harbour-news-2",
    ]


def test_no_redirect_from_the_address_the_article_has_now():
    write_posts([plan(old_paths=["/news/harbour-news/", "/?p=7"])], run_context())
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/?p=7"]


def test_a_post_twice_in_the_export_is_imported_once():
    outcome = write_posts([plan(title="First"), plan(title="Second")], run_context())
    assert list(Article.objects.values_list("title", flat=True)) == ["Second"]
    assert outcome.problems.lines == [
        "post 7: appears more than once in the export; the last one was imported"
    ]


def test_a_deleted_article_comes_back_on_the_next_import():
    write_posts([plan()], run_context())
    Article.objects.get().delete()
    outcome = write_posts([plan()], run_context())
    assert (outcome.created["post"], Article.objects.count(), ImportReference.objects.count()) == (
        1,
        1,
        1,
    )


def test_plans_are_not_changed_by_writing():
    original = plan()
    copy = dataclasses.replace(original)
    write_posts([original], run_context())
    assert original == copy


def test_edits_made_here_stay_until_wordpress_changes_the_post():
    write_posts([plan()], run_context())
    Article.objects.update(title="Harbour news (corrected)")
    assert write_posts([plan()], run_context()).unchanged["post"] == 1
    assert Article.objects.get().title == "Harbour news (corrected)"
    # Changed in WordPress too: WordPress's version is imported.
    assert write_posts([plan(body="<p>New text.</p>")], run_context()).updated["post"] == 1
    assert Article.objects.values_list("title", "body").get() == (
        "Harbour news",
        "<p>New text.</p>",
    )
