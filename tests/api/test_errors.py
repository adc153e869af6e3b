"""Every bad parameter answers 4xx with a JSON {"detail": "…"}, never a 500 or an HTML page."""

import pytest
from django.http import Http404

from newsdesk.api.errors import validation_detail
from newsdesk.api.views import api
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db

BAD_REQUESTS = [
    ("/api/v1/articles/?category=nope", "There is no category 'nope'."),
    ("/api/v1/articles/?tag=nope", "There is no tag 'nope'."),
    ("/api/v1/articles/?author=nope", "There is no author 'nope'."),
    (
        "/api/v1/articles/?category=not%20a%20slug",
        "Invalid parameter. category: String should match pattern '^[-a-zA-Z0-9_]*$'.",
    ),
    (
        "/api/v1/articles/?tag=%00",
        "Invalid parameter. tag: String should match pattern '^[-a-zA-Z0-9_]*$'.",
    ),
    ("/api/v1/articles/?language=xx", "Invalid parameter. language: Input should be 'en' or 'it'."),
    (
        "/api/v1/articles/crops/?language=de",
        "Invalid parameter. language: Input should be 'en' or 'it'.",
    ),
    (
        "/api/v1/categories/?language=EN",
        "Invalid parameter. language: Input should be 'en' or 'it'.",
    ),
    (
        "/api/v1/articles/?page=0",
        "Invalid parameter. page: Input should be greater than or equal to 1.",
    ),
    (
        "/api/v1/articles/?page=abc",
        "Invalid parameter. page: Input should be a valid integer, unable to parse string as an integer.",
    ),
    (
        "/api/v1/tags/?page=-1",
        "Invalid parameter. page: Input should be greater than or equal to 1.",
    ),
    (
        "/api/v1/articles/?page_size=101",
        "Invalid parameter. page_size: Input should be less than or equal to 100.",
    ),
    (
        "/api/v1/articles/?page_size=0&page=x",
        "Invalid parameter. page: Input should be a valid integer, unable to parse string as an "
        "integer; page_size: Input should be greater than or equal to 1.",
    ),
    (
        "/api/v1/articles/?published_after=yesterday",
        "published_after must be an ISO 8601 date or date-time, not 'yesterday'.",
    ),
    (
        "/api/v1/articles/?published_after=2024-02-30",
        "published_after must be an ISO 8601 date or date-time, not '2024-02-30'.",
    ),
    (
        "/api/v1/articles/?published_after=2024-05-01T25:00",
        "published_after must be an ISO 8601 date or date-time, not '2024-05-01T25:00'.",
    ),
]


@pytest.mark.parametrize(("url", "detail"), BAD_REQUESTS)
def test_bad_parameter_is_a_400_with_a_sentence(client, url, detail):
    ArticleFactory(title="Crops")
    CategoryFactory(slug="news")
    TagFactory(slug="news")
    AuthorFactory(slug="news")
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == {"detail": detail}


NOT_FOUND = [
    ("/api/v1/articles/nope/", "No published article has the slug 'nope' in language 'en'."),
    (
        "/api/v1/articles/crops/?language=it",
        "No published article has the slug 'crops' in language 'it'.",
    ),
    ("/api/v1/articles/?page=2", "There is no page 2: the last page is 1."),
    (
        "/api/v1/articles/?page=99999999999999999999",
        "There is no page 99999999999999999999: the last page is 1.",
    ),
    ("/api/v1/categories/?page=2", "There is no page 2: the last page is 1."),
    ("/api/v1/tags/?page=3", "There is no page 3: the last page is 1."),
]


@pytest.mark.parametrize(("url", "detail"), NOT_FOUND)
def test_what_does_not_exist_is_a_404_with_a_sentence(client, url, detail):
    ArticleFactory(title="Crops")
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == {"detail": detail}


def test_validation_detail_names_every_parameter():
    errors = [
        {"loc": ("query", "page"), "msg": "Input should be greater than or equal to 1"},
        {"loc": ("query", "filters", "language"), "msg": "Input should be 'en' or 'it'"},
    ]
    assert validation_detail(errors) == (
        "Invalid parameter. page: Input should be greater than or equal to 1; "
        "language: Input should be 'en' or 'it'."
    )


def test_unexpected_exception_is_logged_and_answered_with_json(rf, caplog):
    request = rf.get("/api/v1/articles/")
    response = api.on_exception(request, RuntimeError("the database went away"))
    assert response.status_code == 500
    assert response.content == b'{"detail": "Server error. Please try again later."}'
    assert caplog.records[-1].getMessage() == "API error on /api/v1/articles/"


def test_django_404_inside_an_operation_is_json(rf):
    response = api.on_exception(rf.get("/api/v1/articles/"), Http404("gone"))
    assert response.status_code == 404
    assert response.content == b'{"detail": "Not found."}'
