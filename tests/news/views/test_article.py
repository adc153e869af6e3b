"""The article page."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.news.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def test_shows_everything_about_the_article(client):
    image = ImageFactory(
        alt_text="Boats in the harbour at dawn", caption="The fleet at dawn.", credit="M. Rossi"
    )
    article = ArticleFactory(
        title="Haliéus grows",
        dateline="Rome",
        body="<p>The “Haliéus” fleet – now ten boats – grew.</p>",
        featured_image=image,
        published_at=datetime.datetime(2024, 7, 8, 9, 30, tzinfo=ROME),
        authors=[AuthorFactory(name="Ada Rossi", slug="ada-rossi")],
        categories=[CategoryFactory(name="Fisheries", slug="fisheries")],
        tags=[TagFactory(name="Boats", slug="boats")],
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="article__title">Haliéus grows</h1>' in html
    assert '<time datetime="2024-07-08T09:30:00+02:00">8 July 2024</time>' in html
    assert '<a href="/news/author/ada-rossi/">Ada Rossi</a>' in html
    assert '<a href="/news/category/fisheries/">Fisheries</a>' in html
    assert '<a href="/news/tag/boats/">Boats</a>' in html
    assert '<p class="article__dateline">Rome, 8 July 2024</p>' in html
    webp, jpeg = (image.renditions.get(format=kind).file.url for kind in ("webp", "jpg"))
    assert (
        f'<picture><source type="image/webp" srcset="{webp} 480w" '
        'sizes="(min-width: 44rem) 42rem, 100vw">'
        f'<img src="{image.file.url}" srcset="{jpeg} 480w, {image.file.url} 640w" '
        'sizes="(min-width: 44rem) 42rem, 100vw" width="640" height="427" '
        'alt="Boats in the harbour at dawn"></picture>'
    ) in html
    assert (
        '<figcaption>The fleet at dawn. <span class="credit">Photo: M. Rossi</span></figcaption>'
        in html
    )
    assert "<p>The “Haliéus” fleet – now ten boats – grew.</p>" in html
    assert "<title>Haliéus grows – Newsdesk</title>" in html
    assert '<link rel="canonical" href="http://testserver/news/halieus-grows/">' in html


def test_decorative_image_has_empty_alt(client):
    image = ImageFactory(alt_text="", decorative=True)
    article = ArticleFactory(featured_image=image)
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'width="640" height="427" alt="">' in html


def test_untitled_article_page_has_a_heading(client):
    article = ArticleFactory(title="", body="<p>Rome, 8 July 2024 – A short note.</p>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        '<h1 class="article__title article__title--untitled">Rome, 8 July 2024 – A short note.</h1>'
    ) in html


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.REVIEW},
        {"published_at": datetime.timedelta(minutes=2)},  # from now, when the test runs
    ],
)
def test_unpublished_articles_are_404(client, changes):
    if isinstance(changes.get("published_at"), datetime.timedelta):
        changes = {"published_at": timezone.now() + changes["published_at"]}
    article = ArticleFactory(**changes)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_article_in_another_language_is_not_served_at_the_english_address(client):
    article = ArticleFactory(language="it", title="Assemblea annuale")
    assert client.get(f"/news/{article.slug}/").status_code == 404


def test_previous_and_next_articles(client):
    oldest = ArticleFactory(
        title="Oldest", published_at=timezone.now() - datetime.timedelta(days=3)
    )
    middle = ArticleFactory(
        title="Middle", published_at=timezone.now() - datetime.timedelta(days=2)
    )
    ArticleFactory(title="Hidden draft", status=Article.Status.DRAFT)
    newest = ArticleFactory(
        title="Newest", published_at=timezone.now() - datetime.timedelta(days=1)
    )
    response = client.get(middle.get_absolute_url())
    assert response.context["previous_article"] == oldest
    assert response.context["next_article"] == newest
    html = response.content.decode()
    assert '<a href="/news/oldest/" rel="prev">Oldest</a>' in html
    assert '<a href="/news/newest/" rel="next">Newest</a>' in html
    assert client.get(newest.get_absolute_url()).context["next_article"] is None
    assert client.get(oldest.get_absolute_url()).context["previous_article"] is None


def test_neighbours_with_the_same_time_are_ordered_by_id(client):
    when = timezone.now() - datetime.timedelta(days=1)
    first, second, third = (ArticleFactory(published_at=when) for _ in range(3))
    response = client.get(second.get_absolute_url())
    assert response.context["previous_article"] == first
    assert response.context["next_article"] == third


def test_query_count_is_constant(client):
    def article_with(count: int) -> Article:
        return ArticleFactory(
            featured_image=ImageFactory(),
            authors=AuthorFactory.create_batch(count),
            categories=CategoryFactory.create_batch(count),
            tags=TagFactory.create_batch(count),
        )

    one, three = article_with(1), article_with(3)
    with CaptureQueriesContext(connection) as first:
        client.get(one.get_absolute_url())
    with CaptureQueriesContext(connection) as second:
        client.get(three.get_absolute_url())
    # article, authors, categories, tags, renditions, previous, next, translations
    assert len(first) == len(second) == 8
