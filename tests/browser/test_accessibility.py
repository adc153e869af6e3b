"""WCAG 2.2 AA on every public page: axe-core's rules, and what axe cannot check by itself."""

import json
from typing import NamedTuple

import pytest
from playwright.sync_api import Page

from tests.browser import probes, rules
from tests.browser.demo_pages import PUBLIC_PAGES, VIEWPORTS, visit

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=PUBLIC_PAGES)
def shown(request, tab, demo_site):
    """One public page, opened once for all the checks of this module."""
    tab.set_viewport_size(VIEWPORTS["desktop"])
    visit(tab, demo_site, request.param)
    return Shown(request.param, tab)


class Shown(NamedTuple):
    name: str
    page: Page


def test_axe_reports_what_it_finds(open_page):
    """The rules really run: a page with known faults gets exactly those reported."""
    page = open_page("home")
    page.set_content("<html><body><img src='/missing.jpg'><a href='/'></a></body></html>")
    result = probes.axe(page)
    assert sorted(rule["id"] for rule in result["violations"]) == [
        "document-title",
        "html-has-lang",
        "image-alt",
        "link-name",
    ]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_axe_finds_no_violations(shown, viewport, artifacts):
    shown.page.set_viewport_size(VIEWPORTS[viewport])
    result = probes.axe(shown.page)
    # What axe checked, and what it could not decide, for a person to review.
    record = {
        "url": shown.page.url,
        "rules": sorted(probes.axe_rule_ids(result)),
        "incomplete": sorted(rule["id"] for rule in result["incomplete"]),
    }
    path = artifacts / f"axe-{shown.name}-{viewport}.json"
    path.write_text(json.dumps(record, indent=1))
    violations = probes.axe_violations(result)
    assert violations == [], "\n".join(violations)
    assert len(record["rules"]) > 50


def test_one_h1_and_no_skipped_heading_levels(shown):
    problems = rules.heading_problems(probes.headings(shown.page))
    assert problems == [], "\n".join(problems)


def test_link_names_are_unique_per_destination(shown):
    """Links that sound the same go to the same place; none is a bare "Read more"."""
    links = probes.links(shown.page)
    assert len(links) >= 4  # the skip link, the site's name, the menu: the tree was read
    problems = rules.link_problems(links)
    assert problems == [], "\n".join(problems)


def test_nothing_moves_when_reduced_motion_is_asked(shown):
    shown.page.emulate_media(reduced_motion="reduce")
    try:
        assert probes.motion(shown.page) == {"moving": [], "smoothScroll": False, "animations": 0}
    finally:
        shown.page.emulate_media(reduced_motion="no-preference")
