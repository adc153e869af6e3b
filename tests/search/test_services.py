"""Search through the one interface, on whichever engine the database provides.

Nothing here knows which engine runs: the suite passes on SQLite (FTS5) and PostgreSQL.
"""

import datetime
import zoneinfo

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.news.models import Article
from newsdesk.search import postgres, services, sqlite_fts5
from newsdesk.search.services import (
    backend,
    index_articles,
    indexed_article_ids,
    rebuild_index,
    remove_articles,
    search_articles,
)
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def found(text: str, language: str = "en", **filters) -> list[str]:
    """Titles of every result, best first."""
    results = search_articles(text, language, **filters)
    return [hit.article.title for hit in results[0 : results.count()]]


def snippets(text: str, language: str = "en") -> list[str]:
    return [str(hit.snippet) for hit in search_articles(text, language)[0:9]]


def test_backend_follows_the_database_vendor():
    assert backend() is {"sqlite": sqlite_fts5, "postgresql": postgres}[connection.vendor]


class TestRelevance:
    def test_title_match_ranks_above_body_only_match(self, make_article):
        make_article(title="Annual report", body="<p>The harbour welcomed new members.</p>")
        make_article(title="Harbour news", body="<p>The assembly met on Monday.</p>")
        assert found("harbour") == ["Harbour news", "Annual report"]

    def test_all_words_are_required(self, make_article):
        make_article(title="Fishing boats", body="<p>New nets.</p>")
        make_article(title="Fishing quotas", body="<p>Agreed.</p>")
        assert found("fishing nets") == ["Fishing boats"]

    def test_quoted_phrase_must_appear_in_order(self, make_article):
        make_article(title="Nets for fishing", body="<p>Bought today.</p>")
        make_article(title="Fishing nets", body="<p>Bought today.</p>")
        assert found('"fishing nets"') == ["Fishing nets"]

    def test_or_accepts_either_word(self, make_article):
        make_article(title="Boats repaired")
        make_article(title="Harbour dredged")
        make_article(title="Market opened")
        assert sorted(found("boats or harbour")) == ["Boats repaired", "Harbour dredged"]

    def test_dash_excludes_a_word(self, make_article):
        make_article(title="Salmon caught wild")
        make_article(title="Salmon farm opens")
        assert found("salmon -farm") == ["Salmon caught wild"]

    def test_only_exclusions_find_nothing(self, make_article):
        make_article(title="Salmon farm opens")
        assert found("-salmon") == []


class TestAccents:
    def test_plain_query_finds_accented_text(self, make_article):
        make_article(title="Hali\u00e9us grows")
        assert found("halieus") == ["Hali\u00e9us grows"]

    def test_accented_query_finds_plain_text(self, make_article):
        make_article(title="Halieus grows")
        assert found("Hali\u00e9us") == ["Halieus grows"]

    def test_case_does_not_matter(self, make_article):
        make_article(title="HALIEUS GROWS")
        assert found("halieus") == ["HALIEUS GROWS"]


class TestSnippets:
    def test_matches_are_highlighted(self, make_article):
        make_article(title="Report", body="<p>The harbour welcomed new members.</p>")
        assert snippets("harbour") == ["The <mark>harbour</mark> welcomed new members."]

    def test_article_text_is_escaped(self, make_article):
        make_article(
            title="Security", body="<p>Never paste a &lt;script&gt; tag &amp; trust it.</p>"
        )
        [snippet] = snippets("paste")
        assert snippet == "Never <mark>paste</mark> a &lt;script&gt; tag &amp; trust it."

    def test_markup_like_text_can_be_found_and_is_escaped(self, make_article):
        make_article(title="Security", body="<p>Never paste a &lt;script&gt; tag.</p>")
        [snippet] = snippets("script")
        assert "&lt;<mark>script</mark>&gt;" in snippet
        assert "<script" not in snippet

    def test_long_bodies_are_cut_with_an_ellipsis(self, make_article):
        words = " ".join(f"filler{n}" for n in range(100))
        make_article(title="Long", body=f"<p>{words} harbour {words}</p>")
        [snippet] = snippets("harbour")
        assert "<mark>harbour</mark>" in snippet
        assert snippet.endswith("\u2026")
        assert len(snippet.split()) < 40

    def test_title_only_match_shows_the_start_of_the_body(self, make_article):
        make_article(title="Harbour", body="<p>The assembly met on Monday.</p>")
        assert snippets("harbour") == ["The assembly met on Monday."]

    def test_handwritten_excerpt_match_is_shown_when_the_body_has_none(self, make_article):
        make_article(title="Report", excerpt="Dredging the harbour.", body="<p>Work began.</p>")
        assert snippets("harbour") == ["Dredging the <mark>harbour</mark>."]


class TestVisibility:
    def test_drafts_reviews_and_scheduled_are_indexed_but_never_found(self, make_article):
        hidden = [
            make_article(title="Harbour draft", status=Article.Status.DRAFT),
            make_article(title="Harbour review", status=Article.Status.REVIEW),
            make_article(
                title="Harbour later", published_at=timezone.now() + datetime.timedelta(hours=1)
            ),
        ]
        make_article(title="Harbour public")
        assert indexed_article_ids([a.pk for a in hidden]) == {a.pk for a in hidden}
        assert found("harbour") == ["Harbour public"]
        assert search_articles("harbour", "en").count() == 1

    def test_scheduled_article_is_found_from_its_time_without_reindexing(self, make_article):
        article = make_article(
            title="Harbour reopens", published_at=timezone.now() + datetime.timedelta(hours=1)
        )
        assert found("harbour") == []
        # Time passes: update() sends no signal, so the index is exactly as it was.
        Article.objects.filter(pk=article.pk).update(
            published_at=timezone.now() - datetime.timedelta(seconds=1)
        )
        assert found("harbour") == ["Harbour reopens"]

    def test_languages_are_separate(self, make_article):
        make_article(title="Harbour assembly", language="en")
        make_article(title="Assemblea harbour", language="it")
        assert found("harbour", "en") == ["Harbour assembly"]
        assert found("harbour", "it") == ["Assemblea harbour"]


class TestFilters:
    def test_category(self, make_article):
        fisheries = CategoryFactory(slug="fisheries")
        make_article(title="Harbour nets", categories=[fisheries])
        make_article(title="Harbour party")
        assert found("harbour", category=fisheries) == ["Harbour nets"]

    def test_year_in_the_site_time_zone(self, make_article):
        # 31 Dec 2023 23:30 UTC is already 2024 in Rome.
        make_article(
            title="Harbour new year",
            published_at=datetime.datetime(2023, 12, 31, 23, 30, tzinfo=datetime.UTC),
        )
        make_article(
            title="Harbour december",
            published_at=datetime.datetime(2023, 12, 15, 12, tzinfo=ROME),
        )
        assert found("harbour", year=2024) == ["Harbour new year"]
        assert found("harbour", year=2023) == ["Harbour december"]
        assert found("harbour", year=2022) == []


class TestResults:
    def test_count_and_pages(self, make_article):
        for n in range(5):
            make_article(title=f"Harbour {n}")
        results = search_articles("harbour", "en")
        assert results.count() == len(results) == 5
        first, rest = results[0:2], results[2:5]
        assert len(first) == 2 and len(rest) == 3
        assert {hit.article.title for hit in [*first, *rest]} == {f"Harbour {n}" for n in range(5)}
        assert results[1].article == first[1].article
        assert results[5:9] == []
        with pytest.raises(IndexError):
            results[7]

    def test_empty_query_costs_no_query(self, django_assert_num_queries):
        with django_assert_num_queries(0):
            results = search_articles(" \U0001f41f -", "en")
            assert results.count() == 0
            assert results[0:9] == []


class TestRankedMatchesCap:
    """With RANKED_MATCHES at 3: a query matching more public articles ranks the newest 3."""

    @pytest.fixture(autouse=True)
    def small_cap(self, monkeypatch):
        monkeypatch.setattr(services, "RANKED_MATCHES", 3)

    @pytest.fixture
    def five_public(self, make_article):
        """Five public articles about the harbour, created oldest first; the oldest matches best
        (the word in its title and body)."""
        make_article(title="Harbour harbour", body="<p>The harbour, the harbour.</p>")
        for n in range(1, 5):
            make_article(title=f"Report {n}", body="<p>A word on the harbour.</p>")

    def test_fewer_matches_than_the_cap_are_all_ranked_and_counted(self, make_article):
        make_article(title="Report 1", body="<p>A word on the harbour.</p>")
        make_article(title="Report 2", body="<p>A word on the harbour.</p>")
        make_article(title="Harbour harbour", body="<p>The harbour, the harbour.</p>")
        results = search_articles("harbour", "en")
        assert (results.count(), results.is_capped) == (3, False)
        assert found("harbour") == ["Harbour harbour", "Report 2", "Report 1"]

    def test_more_matches_rank_only_the_newest(self, make_article, five_public):
        results = search_articles("harbour", "en")
        assert (results.count(), len(results), results.is_capped) == (3, 3, True)
        # The oldest would rank first; it is outside the newest three.
        assert found("harbour") == ["Report 4", "Report 3", "Report 2"]
        assert results[3:9] == []

    def test_the_best_of_the_newest_ranks_first(self, make_article, five_public):
        make_article(title="Harbour days", body="<p>The harbour fair.</p>")
        assert found("harbour") == ["Harbour days", "Report 4", "Report 3"]

    def test_hidden_articles_take_no_place_among_the_newest(self, make_article, five_public):
        make_article(title="Harbour draft", status=Article.Status.DRAFT)
        make_article(
            title="Harbour later", published_at=timezone.now() + datetime.timedelta(hours=1)
        )
        make_article(title="Harbour in Italian", language="it")
        results = search_articles("harbour", "en")
        assert (results.count(), results.is_capped) == (3, True)
        assert found("harbour") == ["Report 4", "Report 3", "Report 2"]
        assert found("harbour", "it") == ["Harbour in Italian"]

    def test_filters_apply_before_the_cap(self, make_article, five_public):
        fisheries = CategoryFactory(slug="fisheries")
        oldest = make_article(title="Harbour nets", categories=[fisheries])
        for n in range(3):
            make_article(title=f"Market {n}", body="<p>The harbour market.</p>")
        Article.objects.filter(pk=oldest.pk).update(
            published_at=datetime.datetime(2020, 6, 1, tzinfo=ROME)
        )
        assert found("harbour", category=fisheries) == ["Harbour nets"]
        assert found("harbour", year=2020) == ["Harbour nets"]

    def test_exactly_as_many_matches_as_the_cap_is_not_capped(self, make_article):
        for n in range(3):
            make_article(title=f"Harbour {n}")
        results = search_articles("harbour", "en")
        assert (results.count(), results.is_capped) == (3, False)

    def test_paginator_pages_through_the_ranked_matches(self, make_article, five_public):
        paginator = Paginator(search_articles("harbour", "en"), 2)
        assert (paginator.count, paginator.num_pages) == (3, 2)
        pages = [[hit.article.title for hit in paginator.page(n)] for n in (1, 2)]
        assert pages == [["Report 4", "Report 3"], ["Report 2"]]

    def test_exclusions_and_alternatives_under_the_cap(self, make_article, five_public):
        make_article(title="Harbour boats", body="<p>Boats in the harbour.</p>")
        assert found("harbour -boats") == ["Report 4", "Report 3", "Report 2"]
        assert found("boats or nets") == ["Harbour boats"]


class TestIndexing:
    def test_bulk_created_articles_are_indexed_in_batches(self):
        Article.objects.bulk_create(
            Article(title=f"Harbour {n}", slug=f"harbour-{n}", status="published",
                    published_at=timezone.now() - datetime.timedelta(minutes=n))
            for n in range(7)
        )  # fmt: skip
        assert found("harbour") == []  # bulk_create sends no signal
        progress = []
        assert index_articles(Article.objects.all(), batch_size=3, progress=progress.append) == 7
        assert progress == [3, 6, 7]
        assert len(found("harbour")) == 7

    def test_ids_and_instances_are_accepted_and_missing_ids_removed(self, make_article):
        kept = make_article(title="Harbour kept")
        gone = make_article(title="Harbour gone")
        gone_id = gone.pk
        with connection.cursor() as cursor:  # deleted behind the signals' back
            cursor.execute("DELETE FROM news_article WHERE id = %s", [gone_id])
        assert indexed_article_ids([kept.pk, gone_id]) == {kept.pk, gone_id}
        assert index_articles([kept.pk, gone_id]) == 1
        assert index_articles([kept]) == 1
        assert indexed_article_ids([kept.pk, gone_id]) == {kept.pk}

    def test_sliced_and_values_querysets_are_accepted(self, make_article):
        Article.objects.bulk_create(
            Article(title=f"Harbour {n}", slug=f"harbour-{n}", status="published",
                    published_at=timezone.now() - datetime.timedelta(minutes=n))
            for n in range(3)
        )  # fmt: skip
        newest_first = Article.objects.order_by("-published_at")
        assert index_articles(newest_first[:2]) == 2
        assert sorted(found("harbour")) == ["Harbour 0", "Harbour 1"]  # the two newest
        assert index_articles(Article.objects.values_list("pk", flat=True)) == 3
        assert len(found("harbour")) == 3

    def test_remove_articles(self, make_article):
        article = make_article(title="Harbour")
        remove_articles([article.pk])
        assert indexed_article_ids([article.pk]) == set()
        assert found("harbour") == []

    def test_rebuild_index(self, make_article):
        for n in range(3):
            make_article(title=f"Harbour {n}")
        backend().clear()
        assert found("harbour") == []
        progress = []
        assert rebuild_index(progress=lambda done, total: progress.append((done, total))) == 3
        assert progress == [(3, 3)]
        assert len(found("harbour")) == 3


HOSTILE_QUERIES = [
    '"', '""', '"harbour', 'harbour"', "AND", "OR", "NOT", "harbour AND", "OR harbour",
    "NOT harbour", "harbour NOT", "NEAR(harbour boats, 2)", "harbour*", "*", "^harbour", "^",
    "title:harbour", ":", "(", ")", "((harbour", "harbour))", "-", "--harbour", "- -",
    "\x00", "harbour\x00boats", "\x1b[2J", "\U0001f41f\U0001f6a2", "\u202eharbour",
    "harbour " * 1250, "x" * 10_000, "'; DROP TABLE news_article; --", "\\", "%", "_%_",
    "!!harbour", "harbour & boats | !x", "<->", "harbour <-> boats", "{}", "@@",
]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_queries_give_results_or_none(make_article, text):
    make_article(title="Harbour boats")
    results = search_articles(text, "en")
    assert results.count() in (0, 1)
    assert len(results[0:9]) == results.count()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text() | st.text(alphabet='harbou "*^:()-+ORANDNEARNOT\\\x00'))
def test_any_text_gives_results_or_none(make_article, text):
    if not Article.objects.exists():
        make_article(title="Harbour boats")
    results = search_articles(text, "en")
    assert results.count() in (0, 1)
    assert len(results[0:9]) == results.count()
