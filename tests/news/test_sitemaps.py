"""/sitemap.xml (an index of sections, split past 2,000 addresses) and /robots.txt."""

import datetime

import pytest
from defusedxml import ElementTree as ET
from django.utils import timezone

from newsdesk.news import sitemaps
from newsdesk.news.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.iterfind(".//sm:loc", NS)]


def test_index_lists_the_sections(client):
    ArticleFactory()
    assert locations(client, "/sitemap.xml") == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-archives.xml",
    ]


def test_articles_section_has_public_articles_only_with_lastmod(client):
    public = ArticleFactory(title="Public")
    italian = ArticleFactory(title="Pubblico", language="it")
    ArticleFactory(title="Draft", status=Article.Status.DRAFT)
    ArticleFactory(title="Later", published_at=timezone.now() + datetime.timedelta(hours=1))
    assert locations(client, "/sitemap-articles.xml") == [
        "http://testserver/news/public/",
        "http://testserver/it/news/pubblico/",
    ]
    body = client.get("/sitemap-articles.xml").content.decode()
    assert f"<lastmod>{public.updated_at.date().isoformat()}" in body
    assert italian.get_absolute_url() == "/it/news/pubblico/"


def test_archives_section_lists_sections_with_public_articles(client):
    fish = CategoryFactory(slug="fisheries")
    CategoryFactory(slug="empty")
    ArticleFactory(
        categories=[fish], tags=[TagFactory(slug="boats")], authors=[AuthorFactory(slug="ada")]
    )
    ArticleFactory(status=Article.Status.DRAFT, tags=[TagFactory(slug="secret")])
    assert locations(client, "/sitemap-archives.xml") == [
        "http://testserver/news/category/fisheries/",
        "http://testserver/news/tag/boats/",
        "http://testserver/news/author/ada/",
    ]


def test_pages_section_has_home_and_news_per_language(client):
    assert locations(client, "/sitemap-pages.xml") == [
        "http://testserver/",
        "http://testserver/news/",
        "http://testserver/it/",
        "http://testserver/it/news/",
    ]


def test_split_past_the_limit(client, monkeypatch):
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    for _ in range(5):
        ArticleFactory()
    index = locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-articles.xml?p=3" in index
    assert len(locations(client, "/sitemap-articles.xml?p=3")) == 1
    assert client.get("/sitemap-articles.xml?p=4").status_code == 404
    assert sitemaps.URLS_PER_FILE == 2000


def test_base_url_setting_is_used(client, settings):
    settings.NEWSDESK_BASE_URL = "https://news.example.org"
    ArticleFactory(title="Public")
    assert locations(client, "/sitemap-articles.xml") == ["https://news.example.org/news/public/"]


def test_unknown_section_is_404(client):
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /search/\n\n"
        "Sitemap: http://testserver/sitemap.xml\n"
    )
