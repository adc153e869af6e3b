"""The judgements of the browser tests, on made-up measurements: they pass and they fail."""

import pytest

from tests.browser import rules

HEADER_FOCUS = {
    "path": "header > a",
    "text": "Home",
    "style": ["solid", "3px", "rgb(194, 65, 12)", "2px", "none"],
    "backdrop": "rgb(8, 63, 86)",
    "visible": True,
}
AT_REST = ["none", "0px", "rgb(194, 65, 12)", "0px", "none"]


class TestHeadings:
    def test_one_h1_then_one_step_at_a_time(self):
        assert rules.heading_problems([[1, "Page"], [2, "A"], [3, "A.1"], [2, "B"]]) == []

    def test_a_skipped_level(self):
        assert rules.heading_problems([[1, "Page"], [2, "A"], [4, "A.1.1"]]) == [
            "h2 'A' is followed by h4 'A.1.1'"
        ]

    def test_two_h1_and_a_late_one(self):
        assert rules.heading_problems([[2, "Intro"], [1, "Page"], [1, "Again"]]) == [
            "2 h1 headings: ['Page', 'Again']",
            "the first heading is h2 'Intro'",
        ]

    def test_no_headings_at_all(self):
        assert rules.heading_problems([]) == ["0 h1 headings: []"]


class TestLinks:
    def test_different_names_may_lead_to_the_same_place(self):
        links = [("Board welcomes", "/news/board/"), ("Read more: Board welcomes", "/news/board/")]
        assert rules.link_problems(links) == []

    def test_one_name_two_places(self):
        links = [("Spring fair", "/news/fair-2025/"), ("Spring fair", "/news/fair-2026/")]
        assert rules.link_problems(links) == [
            "'Spring fair' leads to 2 places: ['/news/fair-2025/', '/news/fair-2026/']"
        ]

    @pytest.mark.parametrize("name", ["Read more", "read more", "Click here", "Leggi tutto"])
    def test_vague_names(self, name):
        assert rules.link_problems([(name, "/news/a/")]) == [
            f"{name!r} says nothing out of context"
        ]

    def test_links_without_a_name(self):
        assert rules.link_problems([("", "/a/"), ("", "/b/"), ("Home", "/")]) == [
            "2 link(s) without a name"
        ]


class TestFocus:
    def test_a_contrasting_outline_is_seen(self):
        state = {**HEADER_FOCUS, "backdrop": "rgb(255, 255, 255)"}
        assert rules.focus_problem(state, AT_REST) == ""

    def test_orange_on_the_dark_header_is_too_faint(self):
        assert rules.focus_problem(HEADER_FOCUS, AT_REST) == (
            "outline rgb(194, 65, 12) on rgb(8, 63, 86): contrast 2.19"
        )

    def test_no_change_on_focus(self):
        state = {**HEADER_FOCUS, "style": AT_REST}
        assert rules.focus_problem(state, AT_REST) == "looks the same with and without focus"

    def test_a_shadow_counts_as_an_indicator(self):
        style = ["none", "0px", "rgb(0, 0, 0)", "0px", "rgb(0, 0, 0) 0px 0px 0px 3px"]
        assert rules.focus_problem({**HEADER_FOCUS, "style": style}, AT_REST) == ""

    def test_a_thin_outline_is_not_enough(self):
        style = ["solid", "1px", "rgb(0, 0, 0)", "0px", "none"]
        assert rules.focus_problem({**HEADER_FOCUS, "style": style}, AT_REST) == (
            f"no outline or shadow when focused: {style}"
        )

    def test_covered_or_off_screen(self):
        state = {**HEADER_FOCUS, "visible": False}
        assert rules.focus_problem(state, AT_REST) == "hidden or covered when focused"

    def test_contrast_of_black_on_white(self):
        assert rules.contrast("rgb(0, 0, 0)", "rgba(255, 255, 255, 1)") == 21.0


class TestLayout:
    GOOD = {
        "scrollWidth": 375,
        "clientWidth": 375,
        "overlaps": [],
        "images": [
            {"src": "a.jpg", "complete": True, "natural": [1200, 800], "box": [335, 223.33]}
        ],
        "targets": [{"text": "Next page", "path": "nav > a", "size": [110.5, 44.0]}],
    }

    def test_nothing_wrong(self):
        assert rules.layout_problems(self.GOOD) == {
            "overflow": [],
            "overlaps": [],
            "pictures": [],
            "targets": [],
        }

    def test_everything_wrong(self):
        found = {
            "scrollWidth": 420,
            "clientWidth": 375,
            "overlaps": ['"Title" (h2) / "Date" (p)'],
            "images": [
                {"src": "a.jpg", "complete": True, "natural": [1200, 800], "box": [335, 335]},
                {"src": "b.jpg", "complete": False, "natural": [0, 0], "box": [335, 223]},
            ],
            "targets": [{"text": "2", "path": "nav > a", "size": [20.0, 23.5]}],
        }
        assert rules.layout_problems(found) == {
            "overflow": ["the page is 420 px wide in a 375 px window"],
            "overlaps": ['"Title" (h2) / "Date" (p)'],
            "pictures": ["a.jpg drawn 335x335, is 1200x800", "b.jpg did not load"],
            "targets": ["'2' is 20.0x23.5 px (nav > a)"],
        }
