"""Turning an engine's marked snippet into safe HTML."""

import pytest
from django.utils.safestring import SafeString

from newsdesk.search.snippets import MARK_END, MARK_START, best_snippet, highlighted


def marked(text: str) -> str:
    return text.replace("[", MARK_START).replace("]", MARK_END)


@pytest.mark.parametrize(
    ("snippet", "html"),
    [
        ("The [fish] market", "The <mark>fish</mark> market"),
        ("[Fish] and [boats]", "<mark>Fish</mark> and <mark>boats</mark>"),
        ("Use <script> & [fish]", "Use &lt;script&gt; &amp; <mark>fish</mark>"),
        ("[<b>]", "<mark>&lt;b&gt;</mark>"),
        ("no marks at all", "no marks at all"),
        ("unclosed [mark", "unclosed <mark>mark</mark>"),
        ("stray] end", "stray end"),
        ("", ""),
    ],
)
def test_highlighted_escapes_the_text_and_marks_the_matches(snippet, html):
    result = highlighted(marked(snippet))
    assert isinstance(result, SafeString)
    assert result == html


def test_best_snippet_prefers_a_highlight_then_any_text():
    assert best_snippet("plain body", marked("[fish] summary")) == marked("[fish] summary")
    assert best_snippet(marked("[fish] body"), marked("[fish] summary")) == marked("[fish] body")
    assert best_snippet("", "summary") == "summary"
    assert best_snippet("body", "summary") == "body"
    assert best_snippet("", "") == ""
