"""static-search.js in Chromium: the exported search page, served as a static host serves it
(with the site's Content-Security-Policy from ``_headers``), searched in the browser.

The export runs first: Playwright's sync API keeps an event loop in the test's thread, in which
Django refuses database queries.
"""

import os
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, browser_verdict

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VERDICT = browser_verdict(CHROMIUM, os.environ)


def site_headers(site_dir) -> dict[str, str]:
    """The headers of the ``/*`` block of the export's _headers file."""
    headers, block = {}, None
    for line in (site_dir / "_headers").read_text().splitlines():
        if line.startswith("/"):
            block = line
        elif block == "/*" and line.startswith("  "):
            name, _colon, value = line.strip().partition(": ")
            headers[name] = value
    return headers


class StaticHost(SimpleHTTPRequestHandler):
    headers_for_every_file: dict[str, str] = {}

    def end_headers(self):
        for name, value in self.headers_for_every_file.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def static_site(newsroom, export, site_dir):
    if VERDICT.action == "skip":
        pytest.skip(VERDICT.reason)
    if VERDICT.action == "fail":
        pytest.fail(VERDICT.reason, pytrace=False)
    export()
    handler = type("Host", (StaticHost,), {"headers_for_every_file": site_headers(site_dir)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()


@pytest.fixture
def browser(static_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def open_page(browser, url: str, **options):
    context = browser.new_context(**options)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="load")
    return page, errors


def cards(page) -> list[list[str]]:
    return page.locator(".search-results .card").evaluate_all(
        """cards => cards.map(card => [
            card.className,
            card.querySelector('.card__title a').getAttribute('href'),
            card.querySelector('.card__title').textContent,
            card.querySelector('time').getAttribute('datetime'),
            card.querySelector('.card__excerpt').className,
        ])"""
    )


def test_accents_do_not_matter(browser, static_site, newsroom):
    page, errors = open_page(browser, f"{static_site}/search/?q=halieus")
    page.wait_for_selector(".search-results")
    pictured = newsroom.pictured
    assert cards(page) == [
        [
            "card search-result",
            pictured.get_absolute_url(),
            "Harbour news 2",
            pictured.local_published_at.isoformat(),
            "card__excerpt search-result__snippet",
        ]
    ]
    assert page.locator(".search-count").text_content() == "1 result for “halieus”"
    assert page.locator("#id_q").input_value() == "halieus"
    assert page.locator("[data-static-search-fallback]").is_hidden()
    assert page.title() == "“halieus” – Search – Newsdesk"
    assert errors == []  # nothing broke the site's Content-Security-Policy


def test_excluded_words_and_pages_of_results(browser, static_site):
    page, errors = open_page(browser, f"{static_site}/search/?q=harbour+-Hali%C3%A9us")
    page.wait_for_selector(".search-results")
    assert page.locator(".search-count").text_content() == "6 results for “harbour -Haliéus”"
    assert [card[2] for card in cards(page)] == [
        "Harbour news 0",
        "Harbour news 1",
        "Harbour news 3",
    ]
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_selector(".search-results")
    assert [card[2] for card in cards(page)] == [
        "Harbour news 4",
        "Harbour news 5",
        "Harbour news 6",
    ]
    assert page.locator(".search-count").text_content() == (
        "6 results for “harbour -Haliéus” – page 2 of 2"
    )
    assert page.locator(".pagination [aria-current=page]").text_content() == "Page 2"
    assert errors == []


def test_no_results(browser, static_site):
    page, _errors = open_page(browser, f"{static_site}/it/search/?q=balene")
    page.wait_for_selector(".search-count")
    assert page.locator(".static-search .empty").count() == 1
    assert page.locator(".search-results").count() == 0


def test_without_javascript_the_page_leads_to_the_news(browser, static_site):
    page, _errors = open_page(browser, f"{static_site}/search/?q=nets", java_script_enabled=False)
    fallback = page.locator("[data-static-search-fallback]")
    assert fallback.is_visible()
    assert fallback.locator("a").get_attribute("href") == "/news/"
