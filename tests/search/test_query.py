"""Cleaning and reading what a reader typed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.search.query import (
    MAX_PHRASES,
    MAX_QUERY_LENGTH,
    ParsedQuery,
    clean_query,
    has_word,
    parse_query,
)


class TestCleanQuery:
    @pytest.mark.parametrize(
        ("raw", "cleaned"),
        [
            ("  fish   boats \n", "fish boats"),
            ("fish\x00boats", "fish boats"),
            ("fish\x1b[31mboats", "fish [31mboats"),
            ("co\u00adop", "coop"),  # a soft hyphen is invisible, not a separator
            ("zero\u200bwidth", "zerowidth"),
            ("Hali\u0065\u0301us", "Hali\u00e9us"),  # decomposed accents are composed
            ("", ""),
            (None, ""),
        ],
    )
    def test_cleaning(self, raw, cleaned):
        assert clean_query(raw) == cleaned

    def test_long_queries_are_cut_at_a_word_boundary(self):
        cleaned = clean_query("fishing " * 1250)  # 10,000 characters
        assert cleaned == " ".join(["fishing"] * 25)
        assert len(cleaned) == 199

    def test_one_huge_word_is_cut_at_the_cap(self):
        assert clean_query("x" * 10_000) == "x" * MAX_QUERY_LENGTH

    @given(st.text())
    def test_any_text_comes_out_short_and_without_control_characters(self, raw):
        cleaned = clean_query(raw)
        assert len(cleaned) <= MAX_QUERY_LENGTH
        assert not any(ord(char) < 32 or ord(char) == 127 for char in cleaned)
        assert cleaned == cleaned.strip()


class TestParseQuery:
    @pytest.mark.parametrize(
        ("text", "groups", "excluded"),
        [
            ("fish boats", (("fish",), ("boats",)), ()),
            ('"fishing nets" harbour', (("fishing nets",), ("harbour",)), ()),
            ('"unterminated phrase', (("unterminated phrase",),), ()),
            ("fish or boats", (("fish", "boats"),), ()),
            ("nets fish OR boats", (("nets",), ("fish", "boats")), ()),
            ("fish -farm", (("fish",),), ("farm",)),
            ('fish -"fish farm"', (("fish",),), ("fish farm",)),
            ("or fish", (("fish",),), ()),  # nothing before it to join
            ("fish or", (("fish",),), ()),
            ('fish "or" boats', (("fish",), ("or",), ("boats",)), ()),  # quoted: a word
            ("a-b", (("a-b",),), ()),  # a dash inside a word is not an exclusion
            ("fish - boats", (("fish",), ("boats",)), ()),
            ("AND NOT NEAR", (("AND",), ("NOT",), ("NEAR",)), ()),
            ("fish* ^boats title:nets (x", (("fish*",), ("^boats",), ("title:nets",), ("(x",)), ()),
            ("\U0001f41f \U0001f6a2 fish", (("fish",),), ()),  # no letters: nothing to find
            ('"" * ^ : ( ) -', (), ()),
        ],
    )
    def test_parsing(self, text, groups, excluded):
        assert parse_query(text) == ParsedQuery(groups, excluded)

    def test_only_exclusions_is_an_empty_query(self):
        query = parse_query("-fish -boats")
        assert query.excluded == ("fish", "boats")
        assert query.is_empty

    def test_number_of_phrases_is_capped(self):
        query = parse_query(" ".join(f"w{n}" for n in range(40)))
        assert len(query.groups) == MAX_PHRASES
        assert query.groups[-1] == (f"w{MAX_PHRASES - 1}",)

    @given(st.text())
    def test_phrases_never_hold_a_double_quote(self, text):
        query = parse_query(clean_query(text))
        for phrase in [*query.excluded, *(p for group in query.groups for p in group)]:
            assert '"' not in phrase
            assert has_word(phrase)
