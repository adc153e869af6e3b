"""Redirect pages: public targets only, never over a live page, never outside the folder."""

import pytest
from django.test.utils import override_settings

from newsdesk.news.models import Redirect
from newsdesk.publishing.redirects import MovedPage, moved_pages, page_file, redirect_page
from newsdesk.publishing.snapshot import take_snapshot
from tests.publishing.conftest import BASE_URL

pytestmark = pytest.mark.django_db


def test_the_redirects_an_export_serves(newsroom):
    snapshot = take_snapshot()
    exported = {"/": "index.html", "/news/": "news/index.html"}
    Redirect.objects.create(old_path="/news/", new_path="/it/news/")  # a live page wins
    Redirect.objects.create(old_path="/../../etc/", article=newsroom.first)
    Redirect.objects.create(old_path="/blog/nets", article=newsroom.first)
    renamed, first, pictured = newsroom.articles[4], newsroom.first, newsroom.pictured
    assert moved_pages(snapshot, exported) == [
        MovedPage("/../../etc/", "", first.get_absolute_url(), "en", None),
        MovedPage(
            "/2019/05/nets/", "", pictured.get_absolute_url(), "en", "2019/05/nets/index.html"
        ),
        MovedPage("/", "p=12", newsroom.articles[1].get_absolute_url(), "en", None),
        MovedPage("/blog/nets", "", first.get_absolute_url(), "en", "blog/nets/index.html"),
        MovedPage(
            "/news/harbour-news-4/",
            "",
            renamed.get_absolute_url(),
            "en",
            "news/harbour-news-4/index.html",
        ),
        MovedPage("/old-fisheries.php", "", "/news/category/fisheries/", "en", None),
    ]  # and not /drafts/, whose article is a draft


@pytest.mark.parametrize(
    ("path", "taken", "expected"),
    [
        ("/2019/05/old/", set(), "2019/05/old/index.html"),
        ("/about", set(), "about/index.html"),
        ("/page.html", set(), "page.html"),
        ("/page.php", set(), None),
        ("/news/x/", {"news/x/index.html"}, None),
        ("/static/site.css/", set(), None),
        ("/media/a/", set(), None),
        ("/_redirects", set(), None),
    ],
)
def test_where_a_redirect_page_can_live(path, taken, expected):
    assert page_file(path, taken) == expected


def test_a_redirect_page_leads_on_three_ways():
    moved = MovedPage("/2019/05/nets/", "", "/news/nets/", "en", "2019/05/nets/index.html")
    with override_settings(NEWSDESK_BASE_URL=BASE_URL):
        page = redirect_page(moved).decode()
    assert page == (
        "<!doctype html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>This page has moved</title>\n"
        '<meta name="robots" content="noindex">\n'
        '<link rel="canonical" href="https://news.example.org/news/nets/">\n'
        '<meta http-equiv="refresh" content="0; url=/news/nets/">\n'
        "</head>\n"
        "<body>\n"
        '<p>This page has moved to a new address: <a href="/news/nets/">'
        "https://news.example.org/news/nets/</a></p>\n"
        "</body>\n"
        "</html>\n"
    )
