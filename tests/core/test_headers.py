"""Security headers: a strict CSP everywhere (admin included) and a Permissions-Policy."""

import base64
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

STRICT = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


@pytest.mark.parametrize("url", ["/", "/news/", "/news/feed/", "/no/such/page/", "/healthz"])
def test_public_responses_carry_the_strict_policy(client, url):
    ArticleFactory()
    response = client.get(url)
    assert response["Content-Security-Policy"] == STRICT
    assert response["Permissions-Policy"].startswith("camera=(), microphone=()")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_article_page_has_no_inline_script_or_style(client):
    article = ArticleFactory()
    html = client.get(article.get_absolute_url()).content.decode()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert all('type="application/ld+json"' in attributes for attributes in scripts)
    assert " style=" not in html and "<style" not in html
    assert client.get(article.get_absolute_url())["X-Frame-Options"] == "DENY"


def test_admin_editor_import_map_is_allowed_by_its_hash_only(client):
    client.force_login(get_user_model().objects.create_superuser("root", password="pw-root-1"))
    response = client.get("/admin/news/article/add/")
    html = response.content
    [importmap] = re.findall(rb'<script type="importmap"[^>]*>(.*?)</script>', html, re.S)
    digest = base64.b64encode(hashlib.sha256(importmap).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert "'unsafe-inline'" not in policy


def test_https_adds_upgrade(client, settings):
    settings.NEWSDESK_HTTPS = True
    settings.SECURE_SSL_REDIRECT = False
    assert client.get("/news/")["Content-Security-Policy"].endswith("upgrade-insecure-requests")
