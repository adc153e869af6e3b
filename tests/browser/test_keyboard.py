"""Keyboard use on every public page: the skip link, Tab order and a focus style one can see."""

import pytest

from tests.browser import probes, rules
from tests.browser.demo_pages import PUBLIC_PAGES, visit

pytestmark = pytest.mark.browser


# Each test loads its page afresh, so that focus starts at the top of the document.
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_skip_link_comes_first_and_moves_focus_to_main(tab, demo_site, name):
    visit(tab, demo_site, name)
    tab.keyboard.press("Tab")
    first = probes.focused(tab)
    assert first["visible"], first
    assert tab.evaluate("document.activeElement.getAttribute('href')") == "#main"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement === document.querySelector('main')")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_tab_reaches_every_control_and_shows_where_focus_is(tab, demo_site, name):
    visit(tab, demo_site, name)
    expected = probes.focusable(tab)
    at_rest = probes.styles_at_rest(tab)
    reached = []
    for _ in range(len(expected) + 2):
        tab.keyboard.press("Tab")
        state = probes.focused(tab)
        if state is None or (reached and state["path"] == reached[0]["path"]):
            break
        reached.append(state)
    assert [state["path"] for state in reached] == [element["path"] for element in expected]
    unseen = [
        f"{state['text']!r} ({state['path']}): {problem}"
        for state in reached
        if (problem := rules.focus_problem(state, at_rest[state["path"]]))
    ]
    assert unseen == [], "\n".join(unseen)
