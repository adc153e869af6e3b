"""Light pages: everything works without JavaScript, and a listing page stays under 100 KB."""

import pytest

from tests.browser import probes
from tests.browser.demo_pages import ARTICLES, LISTINGS, PUBLIC_PAGES, VIEWPORTS, visit

pytestmark = pytest.mark.browser

# HTML, CSS and fonts of a listing page, decoded (uncompressed), pictures excluded.
LISTING_BUDGET = 100_000


@pytest.fixture(scope="module")
def without_javascript(browser, demo_site):
    context = browser.new_context(
        base_url=demo_site.url, viewport=VIEWPORTS["phone"], java_script_enabled=False
    )
    yield context.new_page()
    context.close()


def test_scripts_really_are_off(without_javascript):
    without_javascript.set_content(
        "<p id=state>off</p><script>document.getElementById('state').textContent = 'on'</script>"
    )
    assert without_javascript.locator("#state").inner_text() == "off"


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_every_page_works_without_javascript(without_javascript, demo_site, name):
    page = without_javascript
    visit(page, demo_site, name)
    assert page.locator("main h1").count() == 1
    assert page.locator("main h1").is_visible()
    if name in LISTINGS:
        assert page.locator("main .card").count() >= 1
        assert page.locator("main .card a").first.is_visible()
    if name in ARTICLES:
        assert page.locator("main .article__body").inner_text().strip() != ""
    if name == "search-results":
        hits = page.locator("main a").evaluate_all("links => links.map(a => a.pathname)")
        assert demo_site.search_hit in hits


def test_a_listing_page_weighs_under_100_kb(open_page):
    page = open_page("news")
    probes.load_every_image(page)
    weight = probes.page_weight(page)
    assert weight["document"] > 0 and weight["stylesheet"] > 0, weight
    assert weight["image"] > 0, weight  # the pictures were loaded and counted apart
    assert weight["document"] + weight["stylesheet"] + weight["font"] + weight["other"] < (
        LISTING_BUDGET
    ), weight
