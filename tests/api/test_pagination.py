"""The envelope every list answers with, and its page arithmetic."""

import pytest
from django.test import RequestFactory

from newsdesk.api.pagination import PageQuery, page_address, paginate
from tests.factories import ArticleFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_first_page_of_eleven_with_the_default_size(client):
    articles = [ArticleFactory() for _ in range(11)]  # each older than the one before
    data = client.get("/api/v1/articles/").json()
    assert data["count"] == 11
    assert data["next"] == "http://testserver/api/v1/articles/?page=2"
    assert data["previous"] is None
    assert [item["slug"] for item in data["results"]] == [a.slug for a in articles[:9]]


def test_last_page(client):
    articles = [ArticleFactory() for _ in range(11)]
    data = client.get("/api/v1/articles/?page=2").json()
    assert data["count"] == 11
    assert data["next"] is None
    assert data["previous"] == "http://testserver/api/v1/articles/"
    assert [item["slug"] for item in data["results"]] == [a.slug for a in articles[9:]]


def test_middle_page_keeps_the_other_parameters(client):
    for _ in range(7):
        ArticleFactory()
    data = client.get("/api/v1/articles/?language=en&page=2&page_size=3").json()
    assert data["next"] == "http://testserver/api/v1/articles/?language=en&page=3&page_size=3"
    assert data["previous"] == "http://testserver/api/v1/articles/?language=en&page_size=3"
    assert len(data["results"]) == 3


def test_page_size_defaults_to_the_setting(client, settings):
    settings.NEWSDESK_PAGE_SIZE = 4
    for _ in range(5):
        ArticleFactory()
    data = client.get("/api/v1/articles/").json()
    assert len(data["results"]) == 4
    assert data["next"] == "http://testserver/api/v1/articles/?page=2"


def test_page_size_setting_above_the_cap_is_capped(client, settings):
    settings.NEWSDESK_PAGE_SIZE = 500
    for _ in range(101):
        ArticleFactory()
    assert len(client.get("/api/v1/articles/").json()["results"]) == 100


def test_largest_page_size(client):
    for _ in range(101):
        ArticleFactory()
    data = client.get("/api/v1/articles/?page_size=100").json()
    assert len(data["results"]) == 100
    assert data["next"] == "http://testserver/api/v1/articles/?page_size=100&page=2"


def test_empty_list_has_an_empty_first_page(client):
    response = client.get("/api/v1/articles/")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_tags_use_the_same_envelope(client):
    for number in range(3):
        TagFactory(name=f"Tag {number}")
    data = client.get("/api/v1/tags/?page_size=2&page=2").json()
    assert [tag["name"] for tag in data["results"]] == ["Tag 2"]
    assert data["previous"] == "http://testserver/api/v1/tags/?page_size=2"


def test_paginate_turns_each_item_into_data():
    request = RequestFactory().get("/api/v1/things/", {"page": "2"})
    page = paginate(request, list("abcde"), PageQuery(page=2, page_size=2), str.upper)
    assert page == {
        "count": 5,
        "next": "http://testserver/api/v1/things/?page=3",
        "previous": "http://testserver/api/v1/things/",
        "results": ["C", "D"],
    }


def test_page_address_of_page_one_drops_the_page():
    request = RequestFactory().get("/api/v1/tags/", {"page": "3", "language": "it"})
    assert page_address(request, 1) == "http://testserver/api/v1/tags/?language=it"
    assert page_address(request, 2) == "http://testserver/api/v1/tags/?page=2&language=it"
