"""The API's operations: every field of an article, what the public may see, the filters, the
lists of categories and tags, the index, and what each list costs in queries."""

import datetime
import time
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsdesk.news.models import Article, Author, Category, Tag
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [article["slug"] for article in response.json()["results"]]


class TestArticleFields:
    def test_every_field_of_an_article_with_everything(self, client):
        image = ImageFactory(
            alt_text="Boats in the harbour at dawn", caption="The fleet at dawn.", credit="M. Rossi"
        )
        article = ArticleFactory(
            title="Haliéus grows",
            dateline="Rome",
            body='<p>The fleet grew.</p><p><a href="https://example.org/">More</a></p>',
            excerpt="Ten boats now.",
            featured_image=image,
            sticky=True,
            published_at=datetime.datetime(2024, 7, 8, 9, 30, tzinfo=ROME),
            authors=[AuthorFactory(name="Ada Rossi", slug="ada-rossi")],
            categories=[CategoryFactory(name="Fisheries", slug="fisheries")],
            tags=[TagFactory(name="Boats", slug="boats")],
        )
        # update() skips auto_now, so the expected value can be written out exactly.
        Article.objects.filter(pk=article.pk).update(
            updated_at=datetime.datetime(2024, 7, 9, 12, 0, 0, 250000, tzinfo=ROME)
        )
        expected = {
            "id": article.pk,
            "slug": "halieus-grows",
            "language": "en",
            "title": "Haliéus grows",
            "display_title": "Haliéus grows",
            "url": "http://testserver/news/halieus-grows/",
            "published_at": "2024-07-08T09:30:00+02:00",
            "updated_at": "2024-07-09T12:00:00.250+02:00",
            "excerpt": "Ten boats now.",
            "dateline": "Rome",
            "sticky": True,
            "authors": [
                {
                    "name": "Ada Rossi",
                    "slug": "ada-rossi",
                    "url": "http://testserver/news/author/ada-rossi/",
                }
            ],
            "categories": [
                {
                    "name": "Fisheries",
                    "slug": "fisheries",
                    "url": "http://testserver/news/category/fisheries/",
                }
            ],
            "tags": [
                {"name": "Boats", "slug": "boats", "url": "http://testserver/news/tag/boats/"}
            ],
            "featured_image": {
                "url": f"http://testserver{image.file.url}",
                "width": 640,
                "height": 427,
                "alt": "Boats in the harbour at dawn",
                "caption": "The fleet at dawn.",
                "credit": "M. Rossi",
            },
        }
        listed = client.get("/api/v1/articles/")
        assert listed.status_code == 200
        assert listed.json()["results"] == [expected]
        detail = client.get("/api/v1/articles/halieus-grows/")
        assert detail.status_code == 200
        assert detail.json() == {
            **expected,
            "body_html": (
                '<p>The fleet grew.</p><p><a href="https://example.org/" '
                'rel="noopener noreferrer">More</a></p>'
            ),
        }

    def test_untitled_article_without_image(self, client):
        article = ArticleFactory(
            title="",
            body="<p>Rome, 8 July 2024 \u2013 Fishing cooperatives signed the charter today.</p>",
            published_at=datetime.datetime(2024, 7, 8, 10, 0, tzinfo=ROME),
        )
        data = client.get("/api/v1/articles/2024-07-08/").json()
        assert data["id"] == article.pk
        assert data["title"] == ""
        assert data["display_title"] == "Rome, 8 July 2024 \u2013 Fishing cooperatives signed\u2026"
        assert data["url"] == "http://testserver/news/2024-07-08/"
        assert data["excerpt"] == (
            "Rome, 8 July 2024 \u2013 Fishing cooperatives signed the charter today."
        )
        assert data["featured_image"] is None
        assert data["authors"] == data["categories"] == data["tags"] == []
        assert data["dateline"] == ""
        assert data["sticky"] is False

    def test_decorative_image_has_empty_alt(self, client):
        ArticleFactory(featured_image=ImageFactory(decorative=True, alt_text="Ignored"))
        image = client.get("/api/v1/articles/").json()["results"][0]["featured_image"]
        assert image["alt"] == ""

    def test_long_body_excerpt_is_cut_at_fifty_words(self, client):
        ArticleFactory(body="<p>" + "word " * 60 + "</p>")
        excerpt = client.get("/api/v1/articles/").json()["results"][0]["excerpt"]
        assert excerpt == " ".join(["word"] * 50) + " [\u2026]"

    def test_body_is_only_in_the_detail(self, client):
        article = ArticleFactory()
        assert "body_html" not in client.get("/api/v1/articles/").json()["results"][0]
        assert client.get(f"/api/v1/articles/{article.slug}/").json()["body_html"] == article.body

    def test_language_of_the_content_not_of_the_reader(self, client):
        """Addresses and the stand-in title follow the article's language, so the answer does
        not change with Accept-Language (and caches can share it)."""
        ArticleFactory(
            title="",
            body="",
            language="it",
            published_at=datetime.datetime(2024, 7, 8, 10, 0, tzinfo=ROME),
            categories=[CategoryFactory(slug="pesca")],
        )
        for accept_language in ("en", "it"):
            response = client.get(
                "/api/v1/articles/?language=it", HTTP_ACCEPT_LANGUAGE=accept_language
            )
            data = response.json()["results"][0]
            assert data["display_title"] == "Notizia del giorno 8 luglio 2024"
            assert data["url"] == "http://testserver/it/news/2024-07-08/"
            assert data["categories"][0]["url"] == "http://testserver/it/news/category/pesca/"
            assert response["Content-Language"] == "it"


class TestOnlyPublishedArticles:
    @pytest.fixture
    def hidden(self):
        future = datetime.datetime.now(tz=ROME) + datetime.timedelta(hours=1)
        return [
            ArticleFactory(title="Draft", status=Article.Status.DRAFT),
            ArticleFactory(title="In review", status=Article.Status.REVIEW),
            ArticleFactory(title="Scheduled", published_at=future),
        ]

    def test_list_shows_only_published(self, client, hidden):
        ArticleFactory(title="Public")
        response = client.get("/api/v1/articles/")
        assert slugs(response) == ["public"]
        assert response.json()["count"] == 1

    @pytest.mark.parametrize("slug", ["draft", "in-review", "scheduled"])
    def test_detail_of_a_hidden_article_is_404(self, client, hidden, slug):
        response = client.get(f"/api/v1/articles/{slug}/")
        assert response.status_code == 404
        assert response.json() == {
            "detail": f"No published article has the slug '{slug}' in language 'en'."
        }

    def test_scheduled_article_appears_when_its_time_comes(self, client):
        due = datetime.datetime.now(tz=ROME) + datetime.timedelta(seconds=1.5)
        article = ArticleFactory(published_at=due)
        assert slugs(client.get("/api/v1/articles/")) == []
        assert client.get("/api/v1/articles/").json()["count"] == 0
        time.sleep(max(0.0, due.timestamp() - time.time()) + 0.05)
        response = client.get("/api/v1/articles/")
        assert slugs(response) == [article.slug]
        assert response.json()["count"] == 1


class TestFilters:
    def test_newest_first(self, client):
        older = ArticleFactory(published_at=datetime.datetime(2024, 1, 1, tzinfo=ROME))
        newer = ArticleFactory(published_at=datetime.datetime(2024, 2, 1, tzinfo=ROME))
        assert slugs(client.get("/api/v1/articles/")) == [newer.slug, older.slug]

    def test_category(self, client):
        fisheries = CategoryFactory(slug="fisheries")
        inside = ArticleFactory(categories=[fisheries, CategoryFactory()])
        ArticleFactory(categories=[CategoryFactory()])
        ArticleFactory()
        assert slugs(client.get("/api/v1/articles/?category=fisheries")) == [inside.slug]

    def test_tag(self, client):
        boats = TagFactory(slug="boats")
        tagged = ArticleFactory(tags=[boats])
        ArticleFactory(tags=[TagFactory()])
        assert slugs(client.get("/api/v1/articles/?tag=boats")) == [tagged.slug]

    def test_author(self, client):
        ada = AuthorFactory(slug="ada")
        by_ada = ArticleFactory(authors=[ada, AuthorFactory()])
        ArticleFactory(authors=[AuthorFactory()])
        assert slugs(client.get("/api/v1/articles/?author=ada")) == [by_ada.slug]

    def test_filters_combine(self, client):
        ada, boats = AuthorFactory(slug="ada"), TagFactory(slug="boats")
        both = ArticleFactory(authors=[ada], tags=[boats])
        ArticleFactory(authors=[ada])
        ArticleFactory(tags=[boats])
        assert slugs(client.get("/api/v1/articles/?author=ada&tag=boats")) == [both.slug]

    def test_default_language_is_the_sites_default(self, client):
        english = ArticleFactory(language="en")
        italian = ArticleFactory(language="it")
        assert slugs(client.get("/api/v1/articles/")) == [english.slug]
        assert slugs(client.get("/api/v1/articles/?language=en")) == [english.slug]
        assert slugs(client.get("/api/v1/articles/?language=it")) == [italian.slug]

    def test_detail_in_another_language(self, client):
        ArticleFactory(title="Assemblea", language="it")
        assert client.get("/api/v1/articles/assemblea/").status_code == 404
        response = client.get("/api/v1/articles/assemblea/?language=it")
        assert response.status_code == 200
        assert response.json()["url"] == "http://testserver/it/news/assemblea/"

    def test_same_slug_in_two_languages(self, client):
        english = ArticleFactory(title="Report", language="en")
        italian = ArticleFactory(title="Report", language="it")
        assert client.get("/api/v1/articles/report/").json()["id"] == english.pk
        assert client.get("/api/v1/articles/report/?language=it").json()["id"] == italian.pk

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-05-01", ["may-1-morning", "may-1-rome-midnight"]),
            ("2024-05-01T09:00:00+02:00", ["may-1-morning"]),
            ("2024-05-01T07:00:00Z", ["may-1-morning"]),
            ("2024-05-01T09:00:00", ["may-1-morning"]),  # no offset: the site's time zone
            ("2024-05-01T09:00:00.001+02:00", []),
            ("2024-04-30T23:59:59+02:00", ["may-1-morning", "may-1-rome-midnight"]),
            ("0001-01-01", ["may-1-morning", "may-1-rome-midnight", "april-30"]),
            ("9999-12-31T23:59:59-12:00", []),
        ],
    )
    def test_published_after(self, client, value, expected):
        ArticleFactory(
            title="May 1 morning", published_at=datetime.datetime(2024, 5, 1, 9, tzinfo=ROME)
        )
        ArticleFactory(
            title="May 1 Rome midnight", published_at=datetime.datetime(2024, 5, 1, tzinfo=ROME)
        )
        ArticleFactory(
            title="April 30", published_at=datetime.datetime(2024, 4, 30, 23, 59, tzinfo=ROME)
        )
        response = client.get("/api/v1/articles/", {"published_after": value})
        assert slugs(response) == expected


class TestCategoriesAndTags:
    def test_categories_by_name_with_parent(self, client):
        fisheries = CategoryFactory(name="Fisheries", slug="fisheries", description="Boats.")
        CategoryFactory(name="Coastal fisheries", slug="coastal", parent=fisheries)
        response = client.get("/api/v1/categories/")
        assert response.status_code == 200
        assert response.json() == {
            "count": 2,
            "next": None,
            "previous": None,
            "results": [
                {
                    "id": Category.objects.get(slug="coastal").pk,
                    "name": "Coastal fisheries",
                    "slug": "coastal",
                    "description": "",
                    "parent": "fisheries",
                    "url": "http://testserver/news/category/coastal/",
                },
                {
                    "id": fisheries.pk,
                    "name": "Fisheries",
                    "slug": "fisheries",
                    "description": "Boats.",
                    "parent": None,
                    "url": "http://testserver/news/category/fisheries/",
                },
            ],
        }

    def test_category_addresses_in_another_language(self, client):
        CategoryFactory(slug="pesca")
        data = client.get("/api/v1/categories/?language=it").json()
        assert data["results"][0]["url"] == "http://testserver/it/news/category/pesca/"

    def test_tags_by_name(self, client):
        youth, boats = TagFactory(name="Youth", slug="youth"), TagFactory(name="Boats", slug="b")
        response = client.get("/api/v1/tags/")
        assert response.status_code == 200
        assert response.json() == {
            "count": 2,
            "next": None,
            "previous": None,
            "results": [
                {
                    "id": boats.pk,
                    "name": "Boats",
                    "slug": "b",
                    "url": "http://testserver/news/tag/b/",
                },
                {
                    "id": youth.pk,
                    "name": "Youth",
                    "slug": "youth",
                    "url": "http://testserver/news/tag/youth/",
                },
            ],
        }


def test_index_links_to_everything(client):
    response = client.get("/api/v1/")
    assert response.status_code == 200
    assert response.json() == {
        "articles": "http://testserver/api/v1/articles/",
        "categories": "http://testserver/api/v1/categories/",
        "tags": "http://testserver/api/v1/tags/",
        "openapi": "http://testserver/api/v1/openapi.json",
        "docs": "http://testserver/api/v1/docs",
    }


def make_articles(count: int) -> None:
    image = ImageFactory()
    for _ in range(count):
        ArticleFactory(
            featured_image=image,
            authors=[AuthorFactory(), AuthorFactory()],
            categories=[CategoryFactory(), CategoryFactory()],
            tags=[TagFactory(), TagFactory()],
        )


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/",
        "/api/v1/articles/?page_size=5&published_after=2000-01-01",
        "/api/v1/categories/",
        "/api/v1/tags/",
    ],
)
def test_query_count_does_not_grow_with_items(client, url):
    make_articles(1)
    with CaptureQueriesContext(connection) as one:
        few = len(client.get(url).json()["results"])
    for model in (Article, Author, Category, Tag):
        model.objects.all().delete()
    make_articles(3)
    with CaptureQueriesContext(connection) as three:
        more = len(client.get(url).json()["results"])
    assert more > few
    assert len(three) == len(one)


def test_article_costs_four_queries_however_many_authors_and_tags(client):
    ArticleFactory(title="Few", authors=[AuthorFactory()], tags=[TagFactory()])
    ArticleFactory(
        title="Many", authors=AuthorFactory.create_batch(3), tags=TagFactory.create_batch(3)
    )
    for slug in ("few", "many"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/v1/articles/{slug}/").status_code == 200
        assert len(queries) == 4  # the article with its image, authors, categories, tags


def test_article_list_costs_four_queries_and_counts_once_per_change(client):
    make_articles(3)
    with CaptureQueriesContext(connection) as queries:
        assert len(client.get("/api/v1/articles/").json()["results"]) == 3
    # the next scheduled publication and the count (once per content version), then the
    # articles with their images, authors, categories, tags
    assert len(queries) == 6
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/articles/").json()["count"] == 3
    assert len(queries) == 4
    make_articles(1)
    assert client.get("/api/v1/articles/").json()["count"] == 4


def test_filtered_list_costs_one_more_query_per_filter(client):
    make_articles(3)
    article = Article.objects.first()
    category, tag = article.categories.first(), article.tags.first()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/articles/?category={category.slug}&tag={tag.slug}")
    assert slugs(response) == [article.slug]
    # the redirect lookup (any address with a query string), category, tag, then the six
    assert len(queries) == 9
