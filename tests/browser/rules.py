"""The judgements the browser tests make on what the probes measured, as plain functions.

Each returns a list of readable problems (empty when all is well), so that a failing test says
what is wrong and where. They need no browser, and test_rules.py checks that they can fail.
"""

import re

# WCAG 1.4.11: a focus indicator needs 3:1 against what it is drawn on.
FOCUS_CONTRAST = 3.0
# WCAG 2.5.8 (AA): targets at least 24 by 24 CSS pixels.
TARGET_SIZE = 24
# How far a picture's drawn shape may stray from its own before it looks stretched.
SHAPE_TOLERANCE = 0.02

# Link texts that say nothing about where they lead once read out of context.
VAGUE_LINK_TEXT = re.compile(
    r"^(read more|more|continue reading|click here|here|link|leggi (di più|tutto)|altro)$",
    re.IGNORECASE,
)


def heading_problems(headings: list[list]) -> list[str]:
    """One h1, first; no level skipped on the way down (an h2 may be followed by h3, not h4)."""
    problems = []
    firsts = [text for level, text in headings if level == 1]
    if len(firsts) != 1:
        problems.append(f"{len(firsts)} h1 headings: {firsts}")
    if headings and headings[0][0] != 1:
        problems.append(f"the first heading is h{headings[0][0]} {headings[0][1]!r}")
    for (level, text), (next_level, next_text) in zip(headings, headings[1:], strict=False):
        if next_level > level + 1:
            problems.append(f"h{level} {text!r} is followed by h{next_level} {next_text!r}")
    return problems


def link_problems(links: list[tuple[str, str]]) -> list[str]:
    """Every link has a name; one name leads to one place; no name is vague on its own."""
    destinations: dict[str, set[str]] = {}
    for name, url in links:
        destinations.setdefault(name, set()).add(url)
    problems = [f"{len(destinations.pop(''))} link(s) without a name"] if "" in destinations else []
    for name, urls in sorted(destinations.items()):
        if len(urls) > 1:
            problems.append(f"{name!r} leads to {len(urls)} places: {sorted(urls)}")
        if VAGUE_LINK_TEXT.match(name):
            problems.append(f"{name!r} says nothing out of context")
    return problems


def focus_problem(state: dict, at_rest: list) -> str:
    """Why the focus indicator of a focused element cannot be seen ("" when it can).

    ``state`` is what ``probes.focused`` reports; ``at_rest`` the element's focus style
    while it did not have focus.
    """
    outline_style, outline_width, outline_colour, _offset, shadow = state["style"]
    if not state["visible"]:
        return "hidden or covered when focused"
    if state["style"] == at_rest:
        return "looks the same with and without focus"
    if outline_style != "none" and float(outline_width.removesuffix("px")) >= 2:
        ratio = contrast(outline_colour, state["backdrop"])
        if ratio < FOCUS_CONTRAST:
            return f"outline {outline_colour} on {state['backdrop']}: contrast {ratio:.2f}"
        return ""
    if shadow != "none" and shadow != at_rest[4]:
        return ""
    return f"no outline or shadow when focused: {state['style']}"


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def luminance(colour: str) -> float:
    red, green, blue = (float(n) for n in re.findall(r"[\d.]+", colour)[:3])

    def linear(channel: float) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def layout_problems(found: dict) -> dict[str, list[str]]:
    """What ``probes.layout`` found wrong, by kind: overflow, overlaps, pictures, targets."""
    problems: dict[str, list[str]] = {"overflow": [], "overlaps": [], "pictures": [], "targets": []}
    if found["scrollWidth"] > found["clientWidth"]:
        problems["overflow"].append(
            f"the page is {found['scrollWidth']} px wide in a {found['clientWidth']} px window"
        )
    problems["overlaps"] = list(found["overlaps"])
    for image in found["images"]:
        (natural_width, natural_height), (width, height) = image["natural"], image["box"]
        if not (image["complete"] and natural_width and natural_height):
            problems["pictures"].append(f"{image['src']} did not load")
        elif abs((width / height) / (natural_width / natural_height) - 1) > SHAPE_TOLERANCE:
            problems["pictures"].append(
                f"{image['src']} drawn {width:.0f}x{height:.0f}, "
                f"is {natural_width}x{natural_height}"
            )
    for target in found["targets"]:
        width, height = target["size"]
        if width < TARGET_SIZE or height < TARGET_SIZE:
            problems["targets"].append(
                f"{target['text']!r} is {width:.1f}x{height:.1f} px ({target['path']})"
            )
    return problems
