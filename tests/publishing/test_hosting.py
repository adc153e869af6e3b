"""_headers, _redirects and the nginx map: what static hosts are told."""

import pytest

from newsdesk.publishing.hosting import (
    headers_file,
    needs_type_rule,
    nginx_map_file,
    query_condition,
    redirects_file,
    type_rules,
)
from newsdesk.publishing.redirects import MovedPage
from newsdesk.publishing.urls_to_export import Page

HEADER = "# Written by `newsdesk export_static`: changes made here are overwritten.\n"


@pytest.mark.parametrize(
    ("path", "content_type", "needed"),
    [
        ("news/index.html", "text/html; charset=utf-8", False),
        ("news/feed/index.html", "application/rss+xml; charset=utf-8", True),
        ("news/feed.json", "application/feed+json", True),
        ("sitemap.xml", "application/xml", False),
        ("robots.txt", "text/plain; charset=utf-8", False),
        ("api/v1/articles/x/index.html", "application/json; charset=utf-8", True),
    ],
)
def test_which_files_need_their_type_said(path, content_type, needed):
    assert needs_type_rule(path, content_type) is needed


def test_one_rule_per_pattern():
    pages = [
        Page("/news/tag/a/feed/", "news/tag/a/feed/index.html", "feed", "/news/*/feed/"),
        Page("/news/tag/b/feed/", "news/tag/b/feed/index.html", "feed", "/news/*/feed/"),
        Page("/api/v1/articles/x/", "api/v1/articles/x/index.html", "api", "/api/v1/*"),
        Page("/news/", "news/index.html", "listing"),
    ]
    types = {"/news/*/feed/": "application/rss+xml", "/api/v1/*": "application/json"}
    assert type_rules(pages, types) == {
        "/news/*/feed/": ("application/rss+xml", "feed"),
        "/api/v1/*": ("application/json", "api"),
    }


def test_headers_file(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    rules = {
        "/news/feed/": ("application/rss+xml; charset=utf-8", "feed"),
        "/api/v1/*": ("application/json; charset=utf-8", "api"),
    }
    site = {"X-Frame-Options": "DENY", "Content-Security-Policy": "default-src 'self'"}
    assert headers_file(rules, site).decode() == HEADER + (
        "/*\n"
        "  Content-Security-Policy: default-src 'self'\n"
        "  X-Frame-Options: DENY\n"
        "/api/v1/*\n"
        "  Content-Type: application/json; charset=utf-8\n"
        "  Access-Control-Allow-Origin: *\n"
        "/news/feed/\n"
        "  Content-Type: application/rss+xml; charset=utf-8\n"
        "/static/*\n"
        "  Cache-Control: public, max-age=31536000, immutable\n"
        "/media/*\n"
        "  Cache-Control: public, max-age=31536000, immutable\n"
    )


def test_static_files_without_hashed_names_are_not_cached_for_ever():
    assert "/static/*" not in headers_file({}, {}).decode()  # the tests' plain storage


@pytest.mark.parametrize(
    ("query", "condition"),
    [
        ("p=123", "p=123"),
        ("page_id=7&lang=it", "page_id=7 lang=it"),
        ("s=caf%C3%A9", "s=caf%C3%A9"),
        ("p", None),
        ("p=1&p=2", None),
    ],
)
def test_netlify_query_conditions(query, condition):
    assert query_condition(query) == condition


MOVED = [
    MovedPage("/2019/05/nets/", "", "/news/nets/", "en", "2019/05/nets/index.html"),
    MovedPage("/", "p=12", "/news/boats/", "en", None),
    MovedPage("/", "p", "/news/other/", "en", None),
    MovedPage("/caffè/", "", "/it/news/caffe/", "it", "caffè/index.html"),
]


def test_redirects_file():
    sitemaps = [
        Page("/sitemap.xml", "sitemap.xml", "sitemap"),
        Page("/sitemap-articles.xml?p=2", "sitemap-articles-p2.xml", "sitemap"),
    ]
    assert redirects_file(MOVED, sitemaps).decode() == HEADER + (
        "# Permanent redirects: renamed articles and imported addresses.\n"
        "/2019/05/nets/ /news/nets/ 301\n"
        "/caff%C3%A8/ /it/news/caffe/ 301\n"
        "# Netlify only: query strings and 404 pages per language. Cloudflare Pages matches\n"
        "# neither and skips these lines.\n"
        "/ p=12 /news/boats/ 301!\n"
        "/sitemap-articles.xml p=2 /sitemap-articles-p2.xml 200!\n"
        "/it/* /it/404.html 404\n"
    )


def test_nginx_map_file():
    assert nginx_map_file(MOVED).decode() == HEADER + (
        "# Include inside: map $request_uri $newsdesk_redirect { ... } (see the docs).\n"
        '"/2019/05/nets/" "/news/nets/";\n'
        '"/?p=12" "/news/boats/";\n'
        '"/?p" "/news/other/";\n'
        '"/caff%C3%A8/" "/it/news/caffe/";\n'
    )
