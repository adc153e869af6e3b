"""newsdesk generate: bulk content that obeys the same rules as saved content."""

import collections
import re

import pytest
from django.core.management import CommandError, call_command

from newsdesk.core.html import sanitize_html
from newsdesk.core.text import excerpt, plain_text
from newsdesk.news.generate import (
    FUNCTION_WORDS,
    LAST_THEMED_RANK,
    POOLED_RANKS,
    VOCABULARY_SIZE,
    WORDS,
    build_pool,
    generate_articles,
    vocabulary,
)
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


def test_vocabulary_is_ranked_for_zipf():
    words, cumulative = vocabulary()
    assert len(words) == len(set(words)) == len(cumulative) == VOCABULARY_SIZE
    assert words[: len(FUNCTION_WORDS)] == tuple(FUNCTION_WORDS)
    assert set(WORDS) <= set(words[:LAST_THEMED_RANK])
    weights = [b - a for a, b in zip((0, *cumulative), cumulative, strict=False)]
    assert all(a > b for a, b in zip(weights, weights[1:], strict=False))
    assert weights[9] / weights[999] > 80  # rank 10 about a hundred times as common as 1,000


def test_generated_text_has_common_words_and_a_long_tail():
    generate_articles(300, seed=5, categories=2, tags=2, authors=1, images=1)
    articles = collections.Counter()  # word -> how many articles have it
    for body in Article.objects.values_list("body", flat=True):
        articles.update(set(re.findall(r"\w+", plain_text(body).lower())))
    assert articles["the"] >= 270  # in nine articles out of ten at least
    rare = [word for word, count in articles.items() if count <= 30]
    assert len(rare) > 0.75 * len(articles)  # most words are in a tenth of the articles or less
    assert len(set(articles) & set(vocabulary()[0][POOLED_RANKS:])) > 100  # the long tail


def test_command(capsys):
    call_command("generate", "--articles", "30", "--categories", "2", "--tags", "3")
    assert Article.objects.count() == 30
    assert "Generated 30 articles" in capsys.readouterr().out
    with pytest.raises(CommandError, match="--articles must be at least 1"):
        call_command("generate", "--articles", "0")
