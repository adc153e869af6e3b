"""Every public address and its file; which pages an incremental export renders."""

import dataclasses

import pytest
from django.conf import settings
from django.urls import resolve, reverse
from django.utils import translation

from newsdesk.publishing.snapshot import Snapshot, take_snapshot
from newsdesk.publishing.urls_to_export import (
    UnsafePath,
    file_path,
    plan_export,
    route,
    sitemap_page_url,
)
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/", "index.html"),
        ("/news/", "news/index.html"),
        ("/it/news/page/2/", "it/news/page/2/index.html"),
        ("/news/feed/atom/", "news/feed/atom/index.html"),
        ("/news/feed.json", "news/feed.json"),
        ("/caf%C3%A9/", "café/index.html"),
        ("/old.html", "old.html"),
    ],
)
def test_file_paths(url, path):
    assert file_path(url) == path


@pytest.mark.parametrize(
    "url", ["news/", "/news/../../etc/", "/a//b/", "/./", "/a\\b/", "/a%00/", "/news/?p=2"]
)
def test_addresses_that_cannot_be_files(url):
    with pytest.raises(UnsafePath):
        file_path(url)


def test_sitemap_pages_after_the_first_get_their_own_file():
    assert sitemap_page_url("articles", 1) == ("/sitemap-articles.xml", "sitemap-articles.xml")
    assert sitemap_page_url("articles", 3) == (
        "/sitemap-articles.xml?p=3",
        "sitemap-articles-p3.xml",
    )


def test_the_complete_plan_of_a_tiny_site(settings):
    settings.LANGUAGES = [("en", "English")]
    category = CategoryFactory(slug="fisheries")
    article = ArticleFactory(slug="nets", categories=[category])
    plan = plan_export(take_snapshot())
    assert plan.complete is True
    assert plan.dirty == {page.path for page in plan.pages}
    year = f"{article.local_published_at:%Y}"
    month = f"{article.local_published_at:%m}"
    assert sorted((page.url, page.kind) for page in plan.pages) == sorted(
        [
            ("/", "home"),
            ("/search/", "search"),
            ("/404.html", "not_found"),
            ("/news/", "listing"),
            ("/news/feed/", "feed"),
            ("/news/feed/atom/", "feed"),
            ("/news/feed.json", "feed"),
            ("/news/category/fisheries/", "listing"),
            ("/news/category/fisheries/feed/", "feed"),
            ("/news/category/fisheries/feed/atom/", "feed"),
            ("/news/category/fisheries/feed.json", "feed"),
            (f"/news/{year}/", "listing"),
            (f"/news/{year}/{month}/", "listing"),
            ("/news/nets/", "article"),
            ("/api/v1/articles/nets/", "api"),
            ("/sitemap.xml", "sitemap"),
            ("/sitemap-pages.xml", "sitemap"),
            ("/sitemap-articles.xml", "sitemap"),
            ("/sitemap-archives.xml", "sitemap"),
            ("/robots.txt", "robots"),
            ("/favicon.ico", "alias"),
        ]
    )
    patterns = {page.url: page.pattern for page in plan.pages if page.pattern}
    assert patterns == {
        "/news/feed/": "/news/feed/",
        "/news/feed/atom/": "/news/feed/atom/",
        "/news/feed.json": "/news/feed.json",
        "/news/category/fisheries/feed/": "/news/*/feed/",
        "/news/category/fisheries/feed/atom/": "/news/*/feed/atom/",
        "/news/category/fisheries/feed.json": "/news/*/feed.json",
        "/api/v1/articles/nets/": "/api/v1/*",
    }
    statuses = {page.url: page.status for page in plan.pages}
    assert (statuses["/404.html"], statuses["/favicon.ico"], statuses["/news/"]) == (404, 301, 200)


# Rendered on any change: they show the newest articles, years or dates of every article.
ON_ANY_CHANGE = {
    "index.html",
    "search/index.html",
    "it/index.html",
    "it/search/index.html",
    "sitemap.xml",
    "sitemap-pages.xml",
}


def test_nothing_changed_renders_nothing(newsroom):
    snapshot = take_snapshot()
    plan = plan_export(snapshot, snapshot)
    assert plan.complete is False
    assert plan.dirty == set()


def test_one_changed_article_renders_its_pages(newsroom):
    old = take_snapshot()
    article = newsroom.articles[3]  # Fisheries, Ada; page 2 of the news
    state = old.articles[article.pk]
    new = Snapshot(
        {**old.articles, article.pk: dataclasses.replace(state, updated=state.updated + 1)},
        old.sections,
    )
    plan = plan_export(new, old)
    older, newer = newsroom.articles[4].slug, newsroom.articles[2].slug
    feeds = {
        f"news/{section}feed/index.html"
        for section in ("", "category/fisheries/", "author/ada-rossi/")
    }
    feeds |= {path.replace("feed/index.html", "feed/atom/index.html") for path in feeds} | {
        path.replace("feed/index.html", "feed.json") for path in feeds
    }
    assert plan.dirty == ON_ANY_CHANGE | feeds | {
        f"news/{article.slug}/index.html",
        f"api/v1/articles/{article.slug}/index.html",
        f"news/{older}/index.html",
        f"news/{newer}/index.html",
        "news/page/2/index.html",
        "news/category/fisheries/index.html",
        "news/author/ada-rossi/index.html",
        "news/2024/page/2/index.html",
        "news/2024/05/page/2/index.html",
    }  # not the sitemaps: their entries show days, and the day of the last change is the same


def test_every_address_is_what_reverse_gives_for_its_view(newsroom):
    for page in plan_export(take_snapshot()).pages:
        path = page.url.partition("?")[0]
        language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
        if page.kind == "not_found":
            continue
        with translation.override(language):
            match = resolve(path)
            assert reverse(match.view_name, kwargs=match.kwargs) == path, page.url


def test_addresses_of_many_slugs_and_pages_match_reverse():
    with translation.override("it"):
        for slug in ("a", "zz0slug0zz-2", "987654321", "x_y-z"):
            assert route("it", "news:tag_page", slug=slug, page=12) == reverse(
                "news:tag_page", kwargs={"slug": slug, "page": 12}
            )
        assert route("it", "news:month_page", year=2024, month=5, page=2) == (
            "/it/news/2024/05/page/2/"
        )
