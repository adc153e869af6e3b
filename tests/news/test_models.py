"""Article, Category, Tag and Author models: slugs, sanitising and derived text on save."""

import datetime
import zoneinfo

import pytest
from django.db import IntegrityError
from django.utils import timezone

from newsdesk.news.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


class TestSlug:
    def test_made_from_the_title_with_accents_transliterated(self):
        article = ArticleFactory(title="Haliéus grows")
        assert article.slug == "halieus-grows"

    def test_same_title_gets_a_numbered_slug(self):
        first = ArticleFactory(title="Annual assembly")
        second = ArticleFactory(title="Annual assembly")
        third = ArticleFactory(title="Annual assembly")
        assert [first.slug, second.slug, third.slug] == [
            "annual-assembly",
            "annual-assembly-2",
            "annual-assembly-3",
        ]

    def test_untitled_article_gets_its_local_date(self):
        when = datetime.datetime(2024, 7, 8, 23, 30, tzinfo=datetime.UTC)  # 9 July in Rome
        article = ArticleFactory(title="", published_at=when)
        assert article.slug == "2024-07-09"
        assert ArticleFactory(title="", published_at=when).slug == "2024-07-09-2"

    def test_reserved_words_and_years_are_not_used_alone(self):
        assert ArticleFactory(title="Page").slug == "page-article"
        assert ArticleFactory(title="2024").slug == "2024-article"
        assert ArticleFactory(title="Feed").slug == "feed-article"

    def test_editor_slug_is_kept(self):
        assert ArticleFactory(title="Anything", slug="chosen-by-hand").slug == "chosen-by-hand"

    def test_saving_again_keeps_the_slug(self):
        article = ArticleFactory(title="First title")
        article.title = "Second title"
        article.save()
        assert article.slug == "first-title"

    def test_same_slug_allowed_in_two_languages_not_in_one(self):
        ArticleFactory(title="Assemblea", language="it")
        assert ArticleFactory(title="Assemblea", language="en").slug == "assemblea"
        with pytest.raises(IntegrityError):
            ArticleFactory(title="Other", slug="assemblea", language="it")

    def test_category_slugs_are_unique(self):
        CategoryFactory(slug="fisheries")
        with pytest.raises(IntegrityError):
            CategoryFactory(slug="fisheries")


class TestSave:
    def test_body_is_sanitised_on_save(self):
        article = ArticleFactory(
            body='<p onclick="x()">Hi <a href="javascript:alert(1)">a</a></p><script>bad()</script>'
        )
        article.refresh_from_db()
        assert article.body == '<p>Hi <a rel="noopener noreferrer">a</a></p>'

    def test_summary_is_the_automatic_excerpt(self):
        words = " ".join(f"w{n}" for n in range(60))
        article = ArticleFactory(body=f"<p>{words}</p>")
        assert article.summary == " ".join(f"w{n}" for n in range(50)) + " [\u2026]"

    def test_summary_is_the_handwritten_excerpt_when_set(self):
        article = ArticleFactory(excerpt="Written by the editor.")
        assert article.summary == "Written by the editor."

    def test_publishing_without_a_time_stamps_now(self):
        before = timezone.now()
        article = ArticleFactory(published_at=None)
        assert before <= article.published_at <= timezone.now()

    def test_draft_keeps_no_publication_time(self):
        assert ArticleFactory(status=Article.Status.DRAFT, published_at=None).published_at is None


class TestDisplayTitle:
    def test_title_when_there_is_one(self):
        assert ArticleFactory(title="Hello").display_title == "Hello"

    def test_untitled_uses_its_first_words(self):
        article = ArticleFactory(
            title="",
            body="<p>Rome, 8 July 2024 \u2013 The assembly of the fishing cooperatives met today.</p>",
        )
        assert article.display_title == "Rome, 8 July 2024 \u2013 The assembly of\u2026"
        assert not article.has_title

    def test_untitled_and_empty_uses_the_date(self):
        when = datetime.datetime(2024, 7, 8, 10, 0, tzinfo=ROME)
        article = ArticleFactory(title="", body="", published_at=when)
        assert article.display_title == "News of 8 July 2024"


def test_urls():
    article = ArticleFactory(title="Haliéus grows")
    assert article.get_absolute_url() == "/news/halieus-grows/"
    assert CategoryFactory(slug="fisheries").get_absolute_url() == "/news/category/fisheries/"
    assert TagFactory(slug="youth").get_absolute_url() == "/news/tag/youth/"
    assert AuthorFactory(slug="ada").get_absolute_url() == "/news/author/ada/"
