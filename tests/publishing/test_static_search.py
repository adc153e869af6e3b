"""The static search that the export adds to the rendered search page."""

import json
import re

import pytest
from django.test.utils import override_settings

from newsdesk.publishing.static_search import SearchPageChanged, markup, with_static_search

PAGE = b"<!doctype html><html><body><main><form></form>\n</main><footer></footer></body></html>"


def messages_of(html: str) -> dict:
    found = re.search(r'data-messages="([^"]*)"', html).group(1)
    return json.loads(found.replace("&quot;", '"').replace("&amp;", "&"))


def test_the_static_search_goes_just_before_the_end_of_main():
    page = with_static_search(PAGE, "/search/").decode()
    before, inserted, after = page.partition('<div class="static-search"')
    assert before == "<!doctype html><html><body><main><form></form>\n"
    assert after.endswith("</main><footer></footer></body></html>")
    assert page.count("</main>") == 1


def test_the_markup_names_the_index_the_script_and_the_listing(settings):
    settings.NEWSDESK_PAGE_SIZE = 9
    html = markup("it")
    assert 'data-index="/it/search/index.json"' in html
    assert 'data-page-size="9"' in html
    assert '<script src="/static/newsdesk/js/static-search.js" defer></script>' in html
    assert '<a href="/it/news/">' in html
    assert "<script>" not in html  # nothing inline: the site's Content-Security-Policy holds


@override_settings(NEWSDESK_SITE_NAME="Notizie")
def test_the_messages_have_placeholders_for_the_script():
    assert messages_of(markup("en")) == {
        "count_one": "{count} result for “{query}”",
        "count_other": "{count} results for “{query}”",
        "page_of": "page {page} of {pages}",
        "empty": "No articles match your search. Try other words, or fewer of them.",
        "failed": "The search is not available right now. Please try again later.",
        "pages": "Pages",
        "page": "Page",
        "previous": "Previous page",
        "next": "Next page",
        "quoted": "“{query}”",
        "page_n": "page {page}",
        "title_end": "Search – Notizie",
    }


def test_a_search_page_without_main_is_refused():
    with pytest.raises(SearchPageChanged, match="/search/ has no </main>"):
        with_static_search(b"<html></html>", "/search/")
