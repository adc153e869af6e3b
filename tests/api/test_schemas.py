"""The OpenAPI schema: a valid OpenAPI 3 document listing every operation, which the API's
real answers follow (checked by schemathesis against the running application); and the docs
page that shows it."""

import datetime
import zoneinfo

import jsonschema_rs
import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    TagFactory,
)

ROME = zoneinfo.ZoneInfo("Europe/Rome")


PATHS = [
    "/api/v1/",
    "/api/v1/articles/",
    "/api/v1/articles/{slug}/",
    "/api/v1/categories/",
    "/api/v1/tags/",
]


def openapi_document(client) -> dict:
    # No database here: pytest-django would fail the test on any query, which proves that
    # loading the schema at collection time (below) is safe.
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_schema_is_a_valid_openapi_3_document(client):
    document = openapi_document(client)
    assert document["openapi"] == "3.1.0"
    assert document["info"]["title"] == "Newsdesk API"
    assert document["info"]["version"] == "1"
    schemathesis.openapi.from_dict(document).validate()  # raises when the document is invalid


def test_the_validity_check_can_fail(client):
    document = openapi_document(client)
    document["paths"]["/api/v1/tags/"]["get"]["responses"] = "none"
    with pytest.raises(jsonschema_rs.ValidationError):
        schemathesis.openapi.from_dict(document).validate()


def test_schema_lists_every_operation(client):
    paths = openapi_document(client)["paths"]
    assert sorted(paths) == PATHS
    assert {path: sorted(operations) for path, operations in paths.items()} == {
        path: ["get"] for path in PATHS
    }
    assert [paths[path]["get"]["operationId"] for path in PATHS] == [
        "index",
        "list_articles",
        "get_article",
        "list_categories",
        "list_tags",
    ]


def test_every_list_and_detail_documents_its_errors(client):
    paths = openapi_document(client)["paths"]
    for path in PATHS[1:]:
        responses = paths[path]["get"]["responses"]
        assert sorted(responses) == ["200", "400", "404"]
        for status in ("400", "404"):
            assert responses[status]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Error"
            }


def test_article_parameters_are_documented(client):
    parameters = openapi_document(client)["paths"]["/api/v1/articles/"]["get"]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in parameters] == [
        ("language", "query", False),
        ("category", "query", False),
        ("tag", "query", False),
        ("author", "query", False),
        ("published_after", "query", False),
        ("page", "query", False),
        ("page_size", "query", False),
    ]
    language = parameters[0]["schema"]
    assert language["default"] == "en"
    assert language["allOf"][0]["enum"] == ["en", "it"]
    assert "Default: the site's default language, en." in language["description"]


def test_article_fields_are_the_documented_contract(client):
    components = openapi_document(client)["components"]["schemas"]
    assert list(components["Article"]["properties"]) == [
        "id",
        "slug",
        "language",
        "title",
        "display_title",
        "url",
        "published_at",
        "updated_at",
        "excerpt",
        "dateline",
        "sticky",
        "authors",
        "categories",
        "tags",
        "featured_image",
    ]
    assert list(components["ArticleDetail"]["properties"])[-1] == "body_html"
    assert list(components["Image"]["properties"]) == [
        "url",
        "width",
        "height",
        "alt",
        "caption",
        "credit",
    ]
    assert list(components["ArticlePage"]["properties"]) == [
        "count",
        "next",
        "previous",
        "results",
    ]


def test_docs_page_uses_local_static_files(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assert '<link type="text/css" rel="stylesheet" href="/static/ninja/swagger-ui.css">' in html
    assert '<script src="/static/ninja/swagger-ui-bundle.js"></script>' in html
    assert '"url": "/api/v1/openapi.json"' in html
    assert '"validatorUrl": null' in html
    assert "cdn" not in html.lower()
    assert "https://" not in html and "http://" not in html
    # …and the files are really there for collectstatic and WhiteNoise to serve.
    assert finders.find("ninja/swagger-ui-bundle.js") is not None
    assert finders.find("ninja/swagger-ui.css") is not None


# Loaded when the tests are collected: serving the schema touches no database. (Loading it in a
# fixture through schemathesis.pytest.from_fixture fails with pytest 9: it sets a private
# attribute of pytest's test items that no longer exists.)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


@pytest.fixture
def published_content(db):
    """A little of everything, so that the operations also answer with real data."""
    category = CategoryFactory(slug="fisheries")
    CategoryFactory(slug="coastal", parent=category)
    ArticleFactory(
        title="Boats",
        featured_image=ImageFactory(),
        authors=[AuthorFactory(slug="ada")],
        categories=[category],
        tags=[TagFactory(slug="boats")],
        published_at=datetime.datetime(2024, 5, 1, 9, tzinfo=ROME),
    )
    ArticleFactory(title="", body="<p>An untitled note.</p>", language="it")


@pytest.fixture
def shared_connection():
    """Keep the test's database connection open across requests, as Django's test client
    does: a real WSGI handler closes it after each request, and on PostgreSQL that would end
    the test's transaction (SQLite's in-memory test database is never closed)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_as_its_schema_says(case, shared_connection, published_content):
    """Every default check (no server error, statuses, content types and bodies as declared,
    schema-invalid input refused) except one: a schema cannot say "a slug that exists" or
    "a day that is in the calendar", so schema-valid input may rightly be a 400."""
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
