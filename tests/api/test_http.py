"""Rules every address under /api/v1/ follows: CORS, caching, methods, JSON 404s."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"

ADDRESSES = [
    "/api/v1/",
    "/api/v1/articles/",
    "/api/v1/articles/news/",
    "/api/v1/categories/",
    "/api/v1/tags/",
    "/api/v1/openapi.json",
    "/api/v1/docs",
]


@pytest.fixture
def article():
    return ArticleFactory(title="News")


@pytest.mark.parametrize("url", ADDRESSES)
def test_successful_get_is_public_for_a_minute_and_open_to_every_origin(client, article, url):
    response = client.get(url, HTTP_ORIGIN="https://members.example.org")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/missing/",
        "/api/v1/articles/?page=9",
        "/api/v1/articles/?category=missing",
        "/api/v1/articles/?page=abc",
        "/api/v1/missing/",
    ],
)
def test_errors_are_never_cached_but_still_readable_cross_origin(client, url):
    response = client.get(url, HTTP_ORIGIN="https://members.example.org")
    assert response.status_code in (400, 404)
    assert response["Cache-Control"] == NEVER_CACHE
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize("url", ADDRESSES)
def test_preflight_is_answered(client, url):
    response = client.options(
        url,
        HTTP_ORIGIN="https://members.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-requested-with",
    )
    assert response.status_code == 204
    assert response.content == b""
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Headers"] == "*"
    assert response["Access-Control-Max-Age"] == "86400"
    assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_are_refused_with_json(client, article, method):
    response = getattr(client, method)("/api/v1/articles/news/")
    assert response.status_code == 405
    assert response.json() == {"detail": "Only GET is allowed: this API is read-only."}
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["Cache-Control"] == NEVER_CACHE


def test_post_without_csrf_token_is_still_a_json_405(article):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/api/v1/articles/")
    assert response.status_code == 405
    assert response.json() == {"detail": "Only GET is allowed: this API is read-only."}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/missing/",
        "/api/v1/articles/not%20a%20slug/",
        "/api/v1/articles/caf%C3%A9/",
        "/api/v1/articles/news/extra/",
        "/api/v1/v2/articles/",
        "/api/v1/articles/line%0Abreak/",  # "." in a pattern stops at a newline
        "/api/v1/%0D%0A",
    ],
)
def test_unknown_address_is_a_json_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == {"detail": "There is nothing at this address."}


def test_missing_slash_redirects_keeping_the_query(client):
    response = client.get("/api/v1/articles?language=it&page=2")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/articles/?language=it&page=2"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_missing_slash_on_an_unknown_address_is_a_404(client):
    response = client.get("/api/v1/missing")
    assert response.status_code == 404
    assert response.json() == {"detail": "There is nothing at this address."}


def test_head_answers_like_get_without_a_body(client, article):
    response = client.head("/api/v1/articles/news/")
    assert response.status_code == 200
    assert response.content == b""  # dropped by the server (here, the test client)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_head_of_a_missing_article_is_a_404(client):
    response = client.head("/api/v1/articles/missing/")
    assert response.status_code == 404
    assert response["Cache-Control"] == NEVER_CACHE


class TestWithThePageCache:
    """The site-wide page cache may keep successful answers, with our headers; never errors."""

    def test_cached_answer_keeps_the_api_headers(self, client, page_cache, article):
        first = client.get("/api/v1/articles/")
        with CaptureQueriesContext(connection) as queries:
            second = client.get("/api/v1/articles/")
        assert len(queries) == 0  # served from the cache
        assert second.json() == first.json()
        assert second["Access-Control-Allow-Origin"] == "*"
        assert second["Content-Type"] == "application/json; charset=utf-8"
        assert second["Cache-Control"].startswith("public, max-age=60")

    @pytest.mark.parametrize("url", ["/api/v1/articles/missing/", "/api/v1/nothing/"])
    def test_errors_are_not_kept(self, client, page_cache, url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 404
        assert len(queries) > 0  # answered afresh
        assert response["Cache-Control"] == NEVER_CACHE
