"""newsdesk generate: bulk content that obeys the same rules as saved content."""

import pytest
from django.core.management import CommandError, call_command

from newsdesk.core.html import sanitize_html
from newsdesk.core.text import excerpt
from newsdesk.news.generate import build_pool, generate_articles
from newsdesk.news.models import Article, Author, Category, Tag
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_generated_articles_follow_the_saved_rules():
    made = generate_articles(300, seed=7, categories=5, tags=20, authors=3, images=2)
    assert made == Article.objects.count() == 300
    assert (Category.objects.count(), Tag.objects.count(), Author.objects.count()) == (5, 20, 3)
    for article in Article.objects.all():
        assert article.summary == excerpt(article.body, article.excerpt)
        assert article.body == sanitize_html(article.body)
        assert article.slug
    slugs = list(Article.objects.values_list("language", "slug"))
    assert len(slugs) == len(set(slugs))
    assert Article.objects.filter(title="").exists()
    assert Article.objects.exclude(excerpt="").exists()
    assert Article.objects.exclude(featured_image=None).exists()
    assert Article.objects.published().count() < 300  # a few drafts and scheduled ones
    assert all(a.categories.exists() and a.authors.exists() for a in Article.objects.all()[:50])


def test_same_seed_same_content():
    generate_articles(50, seed=3, categories=2, tags=2, authors=1, images=1)
    first = list(Article.objects.order_by("id").values_list("title", "body"))
    Article.objects.all().delete()
    generate_articles(50, seed=3, categories=2, tags=2, authors=1, images=1)
    assert list(Article.objects.order_by("id").values_list("title", "body")) == first


def test_ordinary_saves_continue_after_a_generated_batch():
    generate_articles(20, seed=1, categories=1, tags=1, authors=1, images=1)
    article = ArticleFactory(title="Written by hand")
    assert article.pk > max(Article.objects.exclude(pk=article.pk).values_list("pk", flat=True))


def test_pool_paragraphs_are_longer_than_an_excerpt():
    import random

    pool = build_pool(random.Random(1))
    assert all(len(html.split()) > 50 for html, _summary in pool.paragraphs)
    assert all(summary.endswith(" [\u2026]") for _html, summary in pool.paragraphs)


def test_command(capsys):
    call_command("generate", "--articles", "30", "--categories", "2", "--tags", "3")
    assert Article.objects.count() == 30
    assert "Generated 30 articles" in capsys.readouterr().out
    with pytest.raises(CommandError, match="--articles must be at least 1"):
        call_command("generate", "--articles", "0")
