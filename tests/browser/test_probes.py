"""The in-page measurements, on small pages made to be wrong: they see the faults they look for.

Without these, a probe that silently measured nothing would let every page pass.
"""

import base64
import io

import pytest
from PIL import Image

from tests.browser import probes, rules

pytestmark = pytest.mark.browser


def square_png() -> str:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), "teal").save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


FAULTY_LAYOUT = """<!doctype html><html lang="en"><head><title>Faults</title><style>
body { margin: 0; font: 16px/1.5 sans-serif; }
.wide { width: 2000px; height: 4px; }
.cover { position: absolute; top: 10px; left: 0; margin: 0; }
.squashed { width: 300px; height: 100px; }
.tiny { display: inline-block; width: 12px; height: 12px; overflow: hidden; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style></head><body>
<p>Text underneath</p><p class="cover">Text on top</p>
<div class="wide"></div>
<img class="squashed" alt="A square" src="%s">
<p><a class="tiny" href="/tiny">Tiny</a></p>
<p><a href="/alone">Alone</a></p>
<p>Running text with <a href="/inline">an inline link</a> in it.<span class="hidden">Only
for screen readers, drawn over nothing</span></p>
</body></html>"""


def test_layout_sees_overflow_overlaps_squashed_pictures_and_small_targets(tab):
    tab.set_viewport_size({"width": 375, "height": 812})
    tab.set_content(FAULTY_LAYOUT % square_png())
    problems = rules.layout_problems(probes.layout(tab))
    assert problems["overflow"] == ["the page is 2000 px wide in a 375 px window"]
    assert problems["overlaps"] == [
        '"Text underneath" (body:nth-child(2) > p:nth-child(1)) / '
        '"Text on top" (body:nth-child(2) > p.cover:nth-child(2))'
    ]
    assert [problem.split(" drawn ")[1] for problem in problems["pictures"]] == ["300x100, is 2x2"]
    # The inline link in running text is exempt; the one alone in its paragraph is not.
    assert [problem.split(" is ")[0] for problem in problems["targets"]] == ["'Tiny'", "'Alone'"]


def test_motion_sees_transitions_and_animations(tab):
    tab.set_content(
        """<!doctype html><html lang="en"><head><title>Motion</title><style>
        @keyframes spin { to { transform: rotate(1turn); } }
        .spin { animation: spin 2s infinite; }
        a { transition: color 0.3s; }
        </style></head><body><p class="spin">Round</p><a href="/">Home</a></body></html>"""
    )
    tab.emulate_media(reduced_motion="reduce")
    try:
        # No reduced-motion rule on this page: everything still moves.
        assert probes.motion(tab) == {
            "moving": [
                "body:nth-child(2) > p.spin:nth-child(1)",
                "body:nth-child(2) > a:nth-child(2)",
            ],
            "smoothScroll": False,
            "animations": 1,
        }
    finally:
        tab.emulate_media(reduced_motion="no-preference")


def test_focus_sees_a_missing_indicator_and_a_faint_one(tab):
    tab.set_content(
        """<!doctype html><html lang="en"><head><title>Focus</title><style>
        a:focus { outline: none; }
        .dark { background: rgb(8, 63, 86); padding: 10px; }
        .dark a:focus-visible { outline: 3px solid rgb(194, 65, 12); }
        </style></head><body><p><a href="/plain">Plain</a></p>
        <div class="dark"><a href="/dark">On dark</a></div></body></html>"""
    )
    at_rest = probes.styles_at_rest(tab)
    problems = []
    for _ in range(2):
        tab.keyboard.press("Tab")
        state = probes.focused(tab)
        problems.append(rules.focus_problem(state, at_rest[state["path"]]))
    # Chromium's own focus-ring width stays in the style, though the ring is switched off.
    assert problems[0].startswith("no outline or shadow when focused: ['none', ")
    assert problems[1:] == ["outline rgb(194, 65, 12) on rgb(8, 63, 86): contrast 2.19"]
    assert [element["text"] for element in probes.focusable(tab)] == ["Plain", "On dark"]


def test_headings_and_links_as_assistive_technology_reads_them(tab, demo_site):
    tab.goto("/healthz")  # any page of the site: links resolve against its address
    tab.set_content(
        """<!doctype html><html lang="en"><head><title>Reading</title></head><body>
        <h2>Intro</h2><h1>Page</h1><h4 aria-hidden="true">Hidden</h4><h4>Deep</h4>
        <div role="heading" aria-level="3">Made up</div>
        <a href="/a">Read more</a><a href="/b">Read more</a><a href="/c"></a>
        <a href="/d">Read <em>more</em> <span aria-hidden="true">→</span><span
          class="visually-hidden">about the fair</span></a>
        </body></html>"""
    )
    assert probes.headings(tab) == [[2, "Intro"], [1, "Page"], [4, "Deep"], [3, "Made up"]]
    site = demo_site.url
    assert sorted(probes.links(tab)) == [
        ("", f"{site}/c"),
        ("Read more", f"{site}/a"),
        ("Read more", f"{site}/b"),
        ("Read more about the fair", f"{site}/d"),
    ]
