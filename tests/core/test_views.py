"""Error pages, the health check and media serving."""

import pytest
from django.db import connection
from django.test import RequestFactory

from newsdesk.core.views import server_error
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_404_page_is_in_the_site_layout(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'class="site-header"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_500_page_renders_without_a_request_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "<h1>Something went wrong on our side</h1>" in response.content.decode()


def test_health_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_health_reports_a_broken_database(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise connection.Database.OperationalError("server closed the connection")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "unavailable", "cache": "ok"},
    }


def test_media_serves_pictures_with_their_type(client):
    image = ImageFactory()
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_media_refuses_anything_but_pictures(client, media_root):
    media_root.mkdir(parents=True, exist_ok=True)
    (media_root / "evil.html").write_text("<script>alert(1)</script>")
    assert client.get("/media/evil.html").status_code == 404
    assert client.get("/media/missing.jpg").status_code == 404
    assert client.get("/media/../settings.py").status_code == 404
    assert client.get("/media/%2e%2e/secret_key.jpg").status_code == 400  # path escape refused
