"""Model instances turned into API data, called directly."""

import pytest
from django.test import RequestFactory

from newsdesk.api.serializers import article_data, category_data, image_data, tag_data
from tests.factories import ArticleFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(settings):
    settings.ALLOWED_HOSTS = ["news.example.org"]
    return RequestFactory().get("/api/v1/articles/", HTTP_HOST="news.example.org")


def test_addresses_are_absolute_on_the_requested_host(request_):
    article = ArticleFactory(title="Harbour", categories=[CategoryFactory(slug="sea")])
    data = article_data(request_, article)
    assert data["url"] == "http://news.example.org/news/harbour/"
    assert data["categories"] == [
        {
            "name": article.categories.get().name,
            "slug": "sea",
            "url": "http://news.example.org/news/category/sea/",
        }
    ]


def test_body_only_when_asked(request_):
    article = ArticleFactory(body="<p>Hi <script>alert(1)</script></p>")
    assert "body_html" not in article_data(request_, article)
    assert article_data(request_, article, with_body=True)["body_html"] == "<p>Hi </p>"


def test_image_data(request_):
    image = ImageFactory(alt_text="Nets", caption="", credit="")
    assert image_data(request_, image) == {
        "url": f"http://news.example.org{image.file.url}",
        "width": 640,
        "height": 427,
        "alt": "Nets",
        "caption": "",
        "credit": "",
    }
    assert image_data(request_, None) is None


def test_category_and_tag_addresses_in_the_given_language(request_):
    category, tag = CategoryFactory(slug="pesca"), TagFactory(slug="barche")
    assert category_data(request_, category, "it")["url"] == (
        "http://news.example.org/it/news/category/pesca/"
    )
    assert tag_data(request_, tag, "it")["url"] == "http://news.example.org/it/news/tag/barche/"
    assert tag_data(request_, tag, "en")["url"] == "http://news.example.org/news/tag/barche/"
