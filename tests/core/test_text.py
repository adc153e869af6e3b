"""The excerpt and slug rules of newsdesk.core.text."""

import contextlib
import re
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import text
from newsdesk.core.text import (
    EXCERPT_MORE,
    excerpt,
    plain_text,
    slug_from_text,
    unique_slug,
    words_of,
)


def numbered_words(count: int) -> str:
    return " ".join(f"w{n}" for n in range(1, count + 1))


class TestExcerpt:
    def test_fifty_words_exactly_are_not_cut(self):
        body = f"<p>{numbered_words(50)}</p>"
        assert excerpt(body) == numbered_words(50)

    def test_fifty_one_words_are_cut_to_fifty_with_the_more_mark(self):
        body = f"<p>{numbered_words(51)}</p>"
        assert excerpt(body) == numbered_words(50) + " [\u2026]"

    def test_more_mark_is_space_bracket_ellipsis_bracket(self):
        assert EXCERPT_MORE == " [\u2026]"
        assert [hex(ord(c)) for c in EXCERPT_MORE] == ["0x20", "0x5b", "0x2026", "0x5d"]

    def test_short_body_is_shown_whole_without_mark(self):
        assert excerpt("<p>Short and sweet.</p>") == "Short and sweet."

    def test_no_break_space_joins_two_words_into_one(self):
        # 47 words, "over", "10\u00a0000" (one word) and "members": 50 words, nothing cut.
        body = "<p>" + numbered_words(47) + " over 10\u00a0000 members</p>"
        assert len(words_of(plain_text(body))) == 50
        assert excerpt(body) == numbered_words(47) + " over 10\u00a0000 members"

    def test_entity_no_break_space_also_joins_words(self):
        body = "<p>" + numbered_words(49) + " Art.&nbsp;5 follows</p>"
        assert excerpt(body) == numbered_words(49) + " Art.\u00a05 [\u2026]"

    def test_entities_are_decoded_and_tags_stripped(self):
        body = "<p>Fish &amp; chips at <strong>Haliéus</strong> &ldquo;today&rdquo; &#8211; ok</p>"
        assert excerpt(body) == "Fish & chips at Haliéus \u201ctoday\u201d \u2013 ok"

    def test_markup_is_stripped_and_result_is_plain_text(self):
        body = '<p>Use &lt;b&gt; for <a href="https://example.org">bold</a></p>'
        assert excerpt(body) == "Use <b> for bold"

    def test_block_boundaries_separate_words(self):
        assert excerpt("<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>") == (
            "one two three four"
        )

    def test_script_and_style_contents_are_not_text(self):
        assert excerpt("<p>seen</p><script>hidden()</script><style>p{}</style>") == "seen"

    def test_never_cuts_inside_a_word(self):
        long_word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
        body = " ".join([long_word] * 60)
        assert excerpt(body) == " ".join([long_word] * 50) + EXCERPT_MORE

    def test_tabs_and_newlines_split_words_and_collapse(self):
        assert excerpt("one\ttwo\r\nthree\n\n four") == "one two three four"

    def test_handwritten_excerpt_is_shown_whole_without_mark(self):
        handwritten = numbered_words(80)
        assert excerpt(f"<p>{numbered_words(200)}</p>", handwritten) == handwritten

    def test_blank_handwritten_excerpt_falls_back_to_automatic(self):
        assert excerpt("<p>Body text here.</p>", "   ") == "Body text here."

    def test_handwritten_excerpt_entities_are_decoded(self):
        assert excerpt("", "Fish &amp; chips") == "Fish & chips"

    def test_dateline_and_typography_survive(self):
        body = "<p>Rome, 8 July 2024 \u2013 The co\u2011op\u2019s \u201cnew\u201d season</p>"
        assert (
            excerpt(body) == "Rome, 8 July 2024 \u2013 The co\u2011op\u2019s \u201cnew\u201d season"
        )

    def test_other_word_count(self):
        assert excerpt("<p>a b c d</p>", words=2) == "a b" + EXCERPT_MORE


@given(st.text())
def test_excerpt_never_exceeds_fifty_words_and_marks_only_cuts(text):
    result = excerpt(text)
    all_words = words_of(plain_text(text))
    if len(all_words) > 50:
        assert result.endswith(EXCERPT_MORE)
        assert words_of(result.removesuffix(EXCERPT_MORE)) == all_words[:50]
    else:
        assert result == " ".join(all_words)


class TestSlugs:
    def test_accents_are_transliterated(self):
        assert slug_from_text("Haliéus grows") == "halieus-grows"

    def test_curly_quotes_and_dashes_become_separators(self):
        assert slug_from_text("“Nuova Terra” – a co-op’s year") == "nuova-terra-a-co-ops-year"

    def test_letters_without_decomposition(self):
        assert slug_from_text("Straße Łódź Øresund Æsop") == "strasse-lodz-oresund-aesop"

    def test_nothing_left_gives_empty(self):
        assert slug_from_text("“ – ”") == ""
        assert slug_from_text("") == ""

    def test_long_titles_are_cut_at_a_hyphen(self):
        slug = slug_from_text("cooperative " * 20, max_length=30)
        assert slug == "cooperative-cooperative"

    def test_unique_slug_adds_a_number(self):
        taken = {"annual-report", "annual-report-2"}
        assert unique_slug("annual-report", taken.__contains__) == "annual-report-3"
        assert unique_slug("budget", taken.__contains__) == "budget"

    def test_unique_slug_keeps_the_length_limit(self):
        base = "a" * 80
        assert unique_slug(base, {base}.__contains__, max_length=80) == "a" * 78 + "-2"


@given(st.text())
def test_slugs_are_always_url_safe(text):
    slug = slug_from_text(text)
    assert re.fullmatch(r"([a-z0-9_]+(-[a-z0-9_]+)*)?", slug)
    assert len(slug) <= 80


def test_captions_stay_out_of_the_excerpt_as_in_wordpress():
    body = (
        '<figure><img src="/a.jpg" alt="Quay"><figcaption>The quay at dawn</figcaption></figure>'
        "<p>The new quay is ready.</p>"
    )
    assert excerpt(body) == "The new quay is ready."
    assert "The quay at dawn" in plain_text(body)  # still text for search and titles


class TestExcerptReadsOnlyWhatItNeeds:
    """The excerpt reads a body a piece at a time and stops once the teaser is known: it must
    give the answer of the whole body, wherever the pieces are cut."""

    # Words, whitespace (a no-break space joins words), block and inline tags, a figure (left
    # out of excerpts), entities, a "<" that is not a tag, hidden script text, a comment, and
    # the excerpt's own more mark as a word.
    PIECES = [
        *("harbour", "w\u00f6rd", "[\u2026]", " ", "\n", "\t", "\u00a0", "&nbsp;", "&amp;"),
        *("<p>", "</p>", "<b>", "</b>", "<br>", "<h2>", "</h2>", "<ul><li>", "</li></ul>"),
        *("<figure>", "</figure>", "<figcaption>", "</figcaption>", "&lt;p&gt;", "<", ">"),
        *('<img alt="a < b > c" src="x.jpg">', "<script>hidden words</script>", "<!-- n -->"),
    ]

    @staticmethod
    def of_the_whole_body(body: str, words: int) -> str:
        body_words = words_of(plain_text(body, for_excerpt=True))
        more = EXCERPT_MORE if len(body_words) > words else ""
        return " ".join(body_words[:words]) + more

    @given(st.lists(st.sampled_from(PIECES), max_size=120), st.integers(0, 8), st.integers(1, 40))
    def test_any_body_cut_anywhere_gets_the_excerpt_of_all_of_it(self, pieces, words, chunk):
        body = "".join(pieces)
        with mock.patch("newsdesk.core.text.EXCERPT_CHUNK", chunk):
            assert excerpt(body, "", words) == self.of_the_whole_body(body, words)

    def test_a_long_body_is_not_read_to_the_end(self):
        body = "<p>" + numbered_words(60) + "</p>" + "<p>unread</p>" * 10_000
        with mock_parser_feeds() as fed:
            assert excerpt(body, "", 50) == numbered_words(50) + EXCERPT_MORE
        assert sum(map(len, fed)) < 5_000  # of about 130,000 characters

    def test_a_word_cut_by_a_piece_s_end_is_read_whole(self):
        body = "<p>one two harb<b>our</b> four five</p>"
        for chunk in range(1, len(body) + 1):
            with mock.patch("newsdesk.core.text.EXCERPT_CHUNK", chunk):
                assert excerpt(body, "", 3) == "one two harbour" + EXCERPT_MORE


@contextlib.contextmanager
def mock_parser_feeds():
    """Record what the excerpt's parser is fed."""
    fed: list[str] = []
    original = text._TextExtractor.feed

    def feed(self, data):
        fed.append(data)
        return original(self, data)

    with mock.patch.object(text._TextExtractor, "feed", feed):
        yield fed
