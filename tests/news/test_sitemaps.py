"""/sitemap.xml (an index of sections, split past 2,000 addresses) and /robots.txt."""

import datetime

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
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
    # The date as the site's time zone sees it (23:30 UTC is already tomorrow in Rome).
    assert f"<lastmod>{timezone.localdate(public.updated_at).isoformat()}" in body
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


# hreflang alternates (xhtml:link) for addresses that exist in other languages

XHTML = "{http://www.w3.org/1999/xhtml}link"


def alternates(client, url) -> dict[str, list[tuple[str, str]]]:
    """For each <loc>, its <xhtml:link rel="alternate"> as (hreflang, href)."""
    response = client.get(url)
    assert response.status_code == 200
    assert b'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in response.content
    root = ET.fromstring(response.content)
    return {
        entry.find("sm:loc", NS).text: [
            (link.get("hreflang"), link.get("href"))
            for link in entry.iter(XHTML)
            if link.get("rel") == "alternate"
        ]
        for entry in root.iterfind("sm:url", NS)
    }


def test_articles_with_translations_list_every_version(client):
    english = ArticleFactory(title="Annual assembly")
    ArticleFactory(title="Assemblea annuale", language="it", translation_source=english)
    ArticleFactory(title="Bozza", language="it", translation_source=english, status="draft")
    ArticleFactory(title="Solo in italiano", language="it")
    story = [
        ("en", "http://testserver/news/annual-assembly/"),
        ("it", "http://testserver/it/news/assemblea-annuale/"),
        ("x-default", "http://testserver/news/annual-assembly/"),
    ]
    assert alternates(client, "/sitemap-articles.xml") == {
        "http://testserver/news/annual-assembly/": story,
        "http://testserver/it/news/assemblea-annuale/": story,
        "http://testserver/it/news/solo-in-italiano/": [],
    }


def test_article_alternates_cost_one_query_per_file(client):
    def stories(count: int) -> None:
        for number in range(count):
            source = ArticleFactory(title=f"Story {number}")
            ArticleFactory(title=f"Storia {number}", language="it", translation_source=source)

    stories(1)
    with CaptureQueriesContext(connection) as one:
        client.get("/sitemap-articles.xml")
    stories(2)
    with CaptureQueriesContext(connection) as three:
        client.get("/sitemap-articles.xml")
    assert len(one) == len(three)


def test_pages_list_each_language_as_alternates(client):
    home = [
        ("en", "http://testserver/"),
        ("it", "http://testserver/it/"),
        ("x-default", "http://testserver/"),
    ]
    news = [
        ("en", "http://testserver/news/"),
        ("it", "http://testserver/it/news/"),
        ("x-default", "http://testserver/news/"),
    ]
    assert alternates(client, "/sitemap-pages.xml") == {
        "http://testserver/": home,
        "http://testserver/news/": news,
        "http://testserver/it/": home,
        "http://testserver/it/news/": news,
    }


def test_archives_list_the_languages_they_have_articles_in(client, settings):
    settings.NEWSDESK_BASE_URL = "https://news.example.org"
    fish = CategoryFactory(slug="fisheries")
    ArticleFactory(categories=[fish], tags=[TagFactory(slug="boats")])
    ArticleFactory(language="it", categories=[fish])
    fisheries = [
        ("en", "https://news.example.org/news/category/fisheries/"),
        ("it", "https://news.example.org/it/news/category/fisheries/"),
        ("x-default", "https://news.example.org/news/category/fisheries/"),
    ]
    assert alternates(client, "/sitemap-archives.xml") == {
        "https://news.example.org/news/category/fisheries/": fisheries,
        "https://news.example.org/it/news/category/fisheries/": fisheries,
        "https://news.example.org/news/tag/boats/": [],
    }


def test_archive_entries_are_listed_once_whatever_the_number_of_articles(client):
    fish = CategoryFactory(slug="fisheries")
    for _ in range(5):
        ArticleFactory(categories=[fish])
    assert (
        locations(client, "/sitemap-archives.xml").count(
            "http://testserver/news/category/fisheries/"
        )
        == 1
    )
