"""Rate limits on search and the API; a friendly 503 when the database is down."""

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from newsdesk.core import protection
from newsdesk.core.protection import parse_rate
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict(settings, monkeypatch):
    settings.NEWSDESK_RATE_LIMITS = {"search": "3/60", "api": "2/60"}
    # The counters live in fixed windows of the clock: hold the clock 30 s into a window so a
    # slow test run cannot straddle two of them.
    monkeypatch.setattr(protection.time, "time", lambda: 1_800_000_030.0)


def test_parse_rate():
    assert parse_rate("30/60") == (30, 60)
    assert parse_rate("5") == (5, 60)


def test_search_is_limited_per_ip_with_retry_after(client, strict):
    statuses = [client.get("/search/?q=coop").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/search/?q=coop")
    assert response["Retry-After"] == "30"
    assert "Too many requests" in response.content.decode()
    other = Client(REMOTE_ADDR="10.9.8.7")
    assert other.get("/search/?q=coop").status_code == 200  # another reader is not punished


def test_italian_search_counts_too(client, strict):
    statuses = [client.get("/it/search/?q=coop").status_code for _ in range(4)]
    assert statuses[-1] == 429


def test_api_limit_answers_json(client, strict):
    for _ in range(2):
        assert client.get("/api/v1/articles/").status_code == 200
    response = client.get("/api/v1/articles/")
    assert response.status_code == 429
    assert response.json() == {"detail": "Too many requests; wait before asking again."}


def test_pages_are_not_limited(client, strict):
    assert all(client.get("/news/").status_code == 200 for _ in range(6))


def test_staff_are_never_limited(client, strict):
    staff = get_user_model().objects.create_user("ed", password="pw-for-tests-1", is_staff=True)
    client.force_login(staff)
    assert all(client.get("/search/?q=coop").status_code == 200 for _ in range(6))


def test_switched_off(client, strict, settings):
    settings.NEWSDESK_RATE_LIMIT = False
    assert all(client.get("/search/?q=coop").status_code == 200 for _ in range(6))


@pytest.fixture
def database_down(monkeypatch):
    def refuse(self):
        raise OperationalError("could not connect to server: Connection refused")

    def down():
        monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)

    return down


def test_outage_gives_503_pages_and_cached_pages_stay_up(page_cache, database_down):
    reader = Client(raise_request_exception=False)
    for _ in range(12):
        ArticleFactory()
    assert reader.get("/news/").status_code == 200  # now in the cache
    database_down()
    cached = reader.get("/news/")
    assert (cached.status_code, cached["X-Cache"]) == (200, "hit")
    page = reader.get("/news/page/2/")
    assert page.status_code == 503
    assert page["Retry-After"] == "30"
    assert "Back in a moment" in page.content.decode()
    api = reader.get("/api/v1/articles/?page=2")
    assert api.status_code == 503
    assert api.json() == {"detail": "The service is briefly unavailable; try again shortly."}
    assert reader.get("/healthz").status_code == 503


def test_admin_says_the_database_is_down(database_down):
    editor = Client(raise_request_exception=False)
    editor.force_login(get_user_model().objects.create_superuser("ed", password="pw-1-tests"))
    database_down()
    response = editor.get("/admin/")
    assert response.status_code == 503
    assert "the editorial desk cannot load or save anything" in response.content.decode()
