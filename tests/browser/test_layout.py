"""Layout on a phone (375 x 812) and a desktop (1280 x 800), with screenshots for people to see.

Each public page is opened once; at each size the pictures are loaded, a full-page
screenshot is saved under test-artifacts/browser/ and the measurements are kept for the
tests below.
"""

import pytest

from tests.browser import probes, rules
from tests.browser.demo_pages import PUBLIC_PAGES, VIEWPORTS, visit

pytestmark = pytest.mark.browser

SIZES = list(VIEWPORTS)


@pytest.fixture(scope="module", params=PUBLIC_PAGES)
def measured(request, tab, demo_site, artifacts) -> dict[str, dict]:
    """What is wrong with the layout of one page at every size: {viewport: {kind: problems}}."""
    page = tab
    page.set_viewport_size(VIEWPORTS[SIZES[0]])
    visit(page, demo_site, request.param)
    found = {}
    for viewport in SIZES:
        size = VIEWPORTS[viewport]
        page.set_viewport_size(size)
        probes.load_every_image(page)
        # JPEG: a third of the time PNG takes, and plenty for a person to judge the layout.
        path = artifacts / f"{request.param}-{size['width']}x{size['height']}.jpg"
        page.screenshot(path=path, full_page=True, type="jpeg", quality=80)
        found[viewport] = rules.layout_problems(probes.layout(page))
    return found


@pytest.mark.parametrize("viewport", SIZES)
def test_no_horizontal_scrolling(measured, viewport):
    assert measured[viewport]["overflow"] == []


@pytest.mark.parametrize("viewport", SIZES)
def test_no_text_overlaps_other_text(measured, viewport):
    overlaps = measured[viewport]["overlaps"]
    assert overlaps == [], "\n".join(overlaps)


@pytest.mark.parametrize("viewport", SIZES)
def test_pictures_load_and_keep_their_shape(measured, viewport):
    pictures = measured[viewport]["pictures"]
    assert pictures == [], "\n".join(pictures)


@pytest.mark.parametrize("viewport", SIZES)
def test_tap_targets_are_at_least_24_px(measured, viewport):
    targets = measured[viewport]["targets"]
    assert targets == [], "\n".join(targets)
