"""The public pages in the browser: styled by site.css, with pictures, feeds, languages, search.

That every page type answers, with its main content even without JavaScript, is checked in
test_weight.py; its accessibility and layout in their own modules.
"""

import pytest

from tests.browser.demo_pages import visit

pytestmark = pytest.mark.browser

SITE_FEEDS = ["All news (RSS)", "All news (Atom)", "All news (JSON Feed)"]
FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json"]


def feed_links(page) -> list[list[str]]:
    """[type, title, address] of every feed the page announces in its <head> (the other
    alternates, without a type, are the page in other languages)."""
    return page.locator("head link[rel=alternate][type]").evaluate_all(
        "links => links.map(link => [link.type, link.title, link.href])"
    )


def test_the_stylesheet_is_applied(tab, demo_site):
    """Layout checks mean nothing unless site.css reaches the browser: its colours show."""
    visit(tab, demo_site, "home")
    header = tab.evaluate(
        """() => {
            const style = getComputedStyle(document.querySelector('.site-header'));
            const body = getComputedStyle(document.body);
            return [style.backgroundColor, body.fontFamily.split(',')[0], body.marginTop];
        }"""
    )
    assert header == ["rgb(8, 63, 86)", "system-ui", "0px"]


def test_pictures_are_served(tab, demo_site):
    visit(tab, demo_site, "article")
    complete, width, height = tab.locator(".article__figure img").evaluate(
        "img => [img.complete, img.naturalWidth, img.naturalHeight]"
    )
    assert complete
    assert width > 0 and width / height == 1.5  # the demo's pictures are 3:2


def assert_feeds_answer(page, feeds: list[list[str]]) -> None:
    """Each announced feed answers with the type its <link> promises."""
    for kind, _title, href in feeds:
        response = page.request.get(href)
        assert (response.status, response.headers["content-type"].split(";")[0]) == (200, kind)


@pytest.mark.parametrize("name", ["home", "article", "news-page-2"])
def test_every_page_announces_the_site_feeds(tab, demo_site, name):
    visit(tab, demo_site, name)
    feeds = feed_links(tab)
    assert [[kind, title] for kind, title, _href in feeds] == [
        list(pair) for pair in zip(FEED_TYPES, SITE_FEEDS, strict=True)
    ]
    assert_feeds_answer(tab, feeds)


@pytest.mark.parametrize("name", ["category", "tag", "author"])
def test_archives_also_announce_their_own_feeds(tab, demo_site, name):
    visit(tab, demo_site, name)
    feeds = feed_links(tab)
    assert [kind for kind, _title, _href in feeds] == FEED_TYPES * 2
    assert [title for _kind, title, _href in feeds][:3] == SITE_FEEDS
    assert_feeds_answer(tab, feeds[3:])


def test_the_italian_listing_speaks_italian(tab, demo_site):
    visit(tab, demo_site, "news-it")
    assert tab.evaluate("document.documentElement.lang") == "it"
    assert tab.locator("main .card").count() == 9
    assert tab.locator(".skip-link").inner_text() == "Passa al contenuto principale"


def test_search_finds_an_article_and_says_when_nothing_matches(tab, demo_site):
    visit(tab, demo_site, "search-results")
    hits = tab.locator("main article a").evaluate_all("links => links.map(a => a.pathname)")
    assert demo_site.search_hit in hits
    visit(tab, demo_site, "search-empty")
    assert tab.locator("main article").count() == 0
