"""Rendering through the live views, and the links a page holds."""

import pytest
from django.test.utils import override_settings

from newsdesk.publishing import render
from newsdesk.publishing.render import link_targets, without_request_date
from newsdesk.publishing.urls_to_export import Page
from newsdesk.publishing.writer import Output
from tests.factories import ArticleFactory
from tests.publishing.conftest import BASE_URL, HOST

ORIGIN = "https://news.example.org"


def test_link_targets_are_the_files_of_same_site_links():
    page = """<!doctype html><html><head>
    <link rel="canonical" href="https://news.example.org/news/x/">
    <link rel="stylesheet" href="/static/newsdesk/css/site.css">
    <link rel="alternate" href="https://elsewhere.example/news/">
    </head><body>
    <a href="/news/?page=2#top">news</a> <a href='relative/'>here</a> <a href="#main">skip</a>
    <a href="mailto:desk@example.org">mail</a> <a href="//news.example.org/it/">it</a>
    <img src="/media/a.jpg" srcset="/media/a-480.webp 480w, /media/a-960.webp 960w">
    <a href="/caf%C3%A9/">café</a> <a href="/a/../../../etc/passwd">odd</a>
    <p>Text that says href="/not/a/link/" is only text.</p>
    </body></html>"""
    assert link_targets(page, "/news/x/", ORIGIN) == {
        "news/x/index.html",
        "static/newsdesk/css/site.css",
        "news/index.html",
        "news/x/relative/index.html",
        "it/index.html",
        "media/a.jpg",
        "media/a-480.webp",
        "media/a-960.webp",
        "café/index.html",
        "etc/passwd",
    }


def test_an_empty_feed_compares_without_its_request_date():
    empty = b"<rss><channel><lastBuildDate>Mon, 1 Jan 2024</lastBuildDate></channel></rss>"
    assert (
        without_request_date(empty)
        == b"<rss><channel><lastBuildDate></lastBuildDate></channel></rss>"
    )
    full = b"<rss><channel><lastBuildDate>x</lastBuildDate><item></item></channel></rss>"
    assert without_request_date(full) == full


@pytest.mark.django_db
def test_a_page_that_answers_otherwise_is_a_problem_not_a_file(tmp_path):
    render.start(render.Job(Output(tmp_path, {}, True), ORIGIN, HOST, True))
    with override_settings(NEWSDESK_BASE_URL=BASE_URL, ALLOWED_HOSTS=[HOST]):
        result = render.render(Page("/news/no-such-article/", "news/x/index.html", "article"))
    assert result.problem == "/news/no-such-article/ answered 404, not 200"
    assert not (tmp_path / "news").exists()


@pytest.mark.django_db
def test_a_rendered_page_is_written_with_its_links_and_type(tmp_path):
    article = ArticleFactory(slug="nets")
    render.start(render.Job(Output(tmp_path, {}, True), ORIGIN, HOST, True))
    with override_settings(NEWSDESK_BASE_URL=BASE_URL, ALLOWED_HOSTS=[HOST]):
        result = render.render(Page("/news/nets/", "news/nets/index.html", "article"))
    assert result.problem == ""
    assert result.written is True
    assert result.content_type == "text/html; charset=utf-8"
    assert (tmp_path / "news/nets/index.html").stat().st_size == result.size
    assert result.links["news/index.html"] == article.get_absolute_url()
    assert result.headers == {}  # only the home page's are kept
