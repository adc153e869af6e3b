"""The snapshot: public articles only, lists in the views' order, and what changed."""

import dataclasses
import datetime

import pytest
from django.utils import timezone

from newsdesk.news.models import Article
from newsdesk.publishing.snapshot import (
    Snapshot,
    changed_articles,
    listings,
    microseconds,
    moment_of,
    neighbours,
    sitemap_archives,
    sitemap_article_entries,
    sitemap_articles,
    take_snapshot,
    with_their_versions,
)
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_microseconds_are_exact_both_ways():
    moment = datetime.datetime(2024, 5, 10, 12, 0, 0, 123456, tzinfo=datetime.UTC)
    assert microseconds(moment) == 1715342400123456
    assert moment_of(microseconds(moment)) == moment


def test_only_public_articles_with_their_sections(newsroom):
    snapshot = take_snapshot()
    assert set(snapshot.articles) == {a.pk for a in newsroom.articles} | {newsroom.italian.pk}
    italian = snapshot.articles[newsroom.italian.pk]
    assert (italian.language, italian.slug, italian.story) == (
        "it",
        "notizie-dal-porto",
        newsroom.first.pk,
    )
    first = snapshot.articles[newsroom.first.pk]
    assert first.story == first.id
    assert first.categories == (newsroom.first.categories.get().pk,)
    assert snapshot.articles[newsroom.pictured.pk].image == newsroom.pictured.featured_image_id
    assert set(snapshot.sections["category"].values()) == {"fisheries", "housing"}


def test_the_manifest_form_round_trips(newsroom):
    snapshot = take_snapshot()
    again = Snapshot.from_json(snapshot.to_json(), snapshot.sections)
    assert again.articles == snapshot.articles


def test_listings_in_the_views_order_with_every_section_in_every_language(newsroom):
    lists = listings(take_snapshot())
    english = [a.pk for a in newsroom.articles]  # newest first
    assert lists[("news", "en")] == english
    assert lists[("news", "it")] == [newsroom.italian.pk]
    assert lists[("category", "en", "fisheries")] == [english[i] for i in (0, 1, 3, 5)]
    assert lists[("category", "it", "fisheries")] == [newsroom.italian.pk]
    assert lists[("category", "en", "housing")] == []
    assert lists[("tag", "it", "boats")] == []  # exists, empty: the switcher links it
    assert lists[("author", "en", "lea-conti")] == [english[i] for i in (0, 2, 4, 6)]
    assert lists[("year", "en", 2024)] == english
    assert lists[("month", "en", 2024, 5)] == english
    assert ("year", "it", 2023) not in lists


def test_a_month_is_the_site_time_zone_month():
    # 23:30 UTC on 31 May is 1 June in Rome.
    late = datetime.datetime(2024, 5, 31, 23, 30, tzinfo=datetime.UTC)
    article = ArticleFactory(published_at=late)
    lists = listings(take_snapshot())
    assert lists[("month", "en", 2024, 6)] == [article.pk]
    assert ("month", "en", 2024, 5) not in lists


def test_neighbours_are_the_older_and_newer_article_of_the_same_language(newsroom):
    found = neighbours(take_snapshot())
    first, second, *_rest, last = [a.pk for a in newsroom.articles]
    assert found[first] == (second, None)
    assert found[second] == (newsroom.articles[2].pk, first)
    assert found[last] == (None, newsroom.articles[5].pk)
    assert found[newsroom.italian.pk] == (None, None)


def test_same_publication_time_is_ordered_by_id():
    moment = timezone.now() - datetime.timedelta(hours=1)
    older, newer = ArticleFactory(published_at=moment), ArticleFactory(published_at=moment)
    snapshot = take_snapshot()
    assert listings(snapshot)[("news", "en")] == [newer.pk, older.pk]
    assert neighbours(snapshot)[newer.pk] == (older.pk, None)


def test_sitemap_order_and_entries(newsroom):
    snapshot = take_snapshot()
    assert sitemap_articles(snapshot) == [a.pk for a in newsroom.articles] + [newsroom.italian.pk]
    first, italian = newsroom.first, newsroom.italian
    story = (("en", first.slug), ("it", italian.slug))
    entries = sitemap_article_entries(snapshot)
    today = timezone.localdate().isoformat()  # the last change: when the test saved them
    assert entries[first.pk] == ("en", first.slug, today, story)
    assert entries[italian.pk] == ("it", italian.slug, today, story)
    assert entries[newsroom.articles[3].pk][3] == (("en", newsroom.articles[3].slug),)
    archives, counts = sitemap_archives(snapshot)
    # fisheries, boats, ada, lea in English; fisheries and ada in Italian
    assert sorted((kind, language) for kind, language, _pk, _day in archives) == [
        ("author", "en"),
        ("author", "en"),
        ("author", "it"),
        ("category", "en"),
        ("category", "it"),
        ("tag", "en"),
    ]
    assert {day for *_entry, day in archives} == {today}
    assert counts == {"en": 7, "it": 1}


def test_what_changed(newsroom):
    old = take_snapshot()
    edited, gone = newsroom.articles[1], newsroom.articles[6]
    edited.title = "Edited"
    edited.save()
    gone.status = Article.Status.DRAFT
    gone.save()
    new_one = ArticleFactory(authors=[AuthorFactory()], tags=[TagFactory()])
    new = take_snapshot()
    assert changed_articles(old, new) == {edited.pk, gone.pk, new_one.pk}
    assert changed_articles(new, new) == set()


def test_a_change_touches_every_version_of_the_story(newsroom):
    old = take_snapshot()
    new = Snapshot(
        {
            **old.articles,
            newsroom.first.pk: dataclasses.replace(old.articles[newsroom.first.pk], slug="renamed"),
        },
        old.sections,
    )
    changed = changed_articles(old, new)
    assert changed == {newsroom.first.pk}
    assert with_their_versions(changed, old, new) == {newsroom.first.pk, newsroom.italian.pk}


def test_a_category_without_articles_still_has_its_lists():
    CategoryFactory(slug="empty")
    assert listings(take_snapshot())[("category", "it", "empty")] == []
