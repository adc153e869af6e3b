"""Fixtures of the browser tests: the demo site on pytest-django's live server, and Chromium.

How the pieces fit, and why:

- The demo newsroom (54 articles with drawn pictures) is loaded once for this folder into the
  test database, committed, and removed afterwards, leaving the database as every
  transactional test leaves it. Loading it per test would cost seconds each.
- pytest-django makes every test that uses ``live_server`` a transactional test, whose
  teardown empties the database; for these read-only tests ``transactional_db`` is replaced by
  the demo site, which stays put until the last browser test has run.
- Playwright's sync API runs an asyncio loop in the test thread, and Django refuses database
  queries from a thread with a running loop. So every query happens before the browser starts
  (``demo_site`` is a dependency of ``browser``) and after it stops; the live server answers
  from its own thread, where there is no loop.
- Without Chromium the tests are skipped with one line, or fail under NEWSDESK_REQUIRE_ALL=1
  (``chromium.browser_verdict`` decides, and has its own tests).
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test.utils import override_settings

from newsdesk.news.models import Article
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS, browser_verdict
from tests.browser.demo_pages import DESKTOP, DemoSite, load_demo_site, visit

VERDICT = browser_verdict(CHROMIUM, os.environ)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def pytest_collection_modifyitems(config, items):
    if VERDICT.action != "skip":
        return
    skip = pytest.mark.skip(reason=VERDICT.reason)
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


def pytest_runtest_setup(item):
    if VERDICT.action == "fail" and item.get_closest_marker("browser"):
        pytest.fail(VERDICT.reason, pytrace=False)


def pytest_terminal_summary(terminalreporter):
    # One line, whatever the verbosity, so that a skipped browser suite is never missed.
    if VERDICT.action == "skip" and terminalreporter.stats.get("skipped"):
        terminalreporter.write_line(VERDICT.reason, yellow=True)


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker, live_server, tmp_path_factory) -> DemoSite:
    media = tmp_path_factory.mktemp("browser-media")
    # The live server's thread needs the database for the whole folder, not only inside tests.
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        yield load_demo_site(live_server.url)
        # Deleted through the ORM first, so that what follows articles by signal (the search
        # index, in tables of its own) lets go of them as on a real site; flush then empties
        # the models' tables.
        Article.objects.all().delete()
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def transactional_db(demo_site):
    """Stands in for pytest-django's fixture here: the demo site must outlive each test."""
    return demo_site


@pytest.fixture
def media_root():
    """The demo's pictures (``demo_site`` points MEDIA_ROOT at them), not a folder per test."""
    from django.conf import settings

    return settings.MEDIA_ROOT


@pytest.fixture(scope="package")
def browser(demo_site):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture(scope="module")
def tab(browser, demo_site):
    """One browser tab shared by the tests of a module, at desktop size: a new context per
    test would cost more than most checks. Tests set the viewport or media they need."""
    context = browser.new_context(base_url=demo_site.url, viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def open_page(browser, demo_site):
    """Open one of the demo site's pages (by name, or a path) in a fresh browser context.

    The context options are Playwright's (``viewport``, ``java_script_enabled``,
    ``reduced_motion``…); the response must have the status the page is known to answer with.
    """
    contexts = []

    def open_(name: str, *, viewport: dict = DESKTOP, **options):
        context = browser.new_context(base_url=demo_site.url, viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        visit(page, demo_site, name)
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="package")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
