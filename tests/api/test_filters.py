"""What the API's query parameters select, called directly."""

import datetime
import zoneinfo

import pytest
from ninja.errors import HttpError

from newsdesk.api.filters import (
    ArticleFilters,
    articles_matching,
    parse_moment,
    published_article,
)
from newsdesk.news.models import Article
from tests.factories import ArticleFactory, CategoryFactory

ROME = zoneinfo.ZoneInfo("Europe/Rome")
UTC = datetime.UTC


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2024-05-01", datetime.datetime(2024, 4, 30, 22, tzinfo=UTC)),
        ("2024-01-15", datetime.datetime(2024, 1, 14, 23, tzinfo=UTC)),
        ("2024-05-01T09:30:00+02:00", datetime.datetime(2024, 5, 1, 7, 30, tzinfo=UTC)),
        ("2024-05-01T09:30:00Z", datetime.datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("2024-05-01T09:30", datetime.datetime(2024, 5, 1, 7, 30, tzinfo=UTC)),
        (
            "2024-05-01 09:30:00.5-04:00",
            datetime.datetime(2024, 5, 1, 13, 30, 0, 500000, tzinfo=UTC),
        ),
        ("0001-01-01", datetime.datetime.min.replace(tzinfo=UTC)),
        ("9999-12-31T23:00:00-05:00", datetime.datetime.max.replace(tzinfo=UTC)),
    ],
)
def test_parse_moment(text, moment):
    assert parse_moment(text) == moment
    assert parse_moment(text).tzinfo == UTC


@pytest.mark.parametrize("text", ["yesterday", "2024-13-01", "2024-02-30", "2024-05-01T24:01", "1"])
def test_parse_moment_refuses_what_is_not_a_date(text):
    with pytest.raises(HttpError) as raised:
        parse_moment(text)
    assert raised.value.status_code == 400
    assert raised.value.message == (
        f"published_after must be an ISO 8601 date or date-time, not '{text}'."
    )


@pytest.mark.django_db
class TestArticlesMatching:
    def test_starts_from_published_articles(self):
        public = ArticleFactory()
        ArticleFactory(status=Article.Status.DRAFT)
        assert list(articles_matching(ArticleFilters())) == [public]

    def test_narrows_by_every_filter(self):
        category = CategoryFactory(slug="fisheries")
        match = ArticleFactory(
            language="it",
            categories=[category],
            published_at=datetime.datetime(2024, 5, 2, tzinfo=ROME),
        )
        ArticleFactory(
            language="it",
            categories=[category],
            published_at=datetime.datetime(2024, 4, 1, tzinfo=ROME),
        )
        ArticleFactory(language="en", categories=[category])
        ArticleFactory(language="it")
        filters = ArticleFilters(language="it", category="fisheries", published_after="2024-05-01")
        assert list(articles_matching(filters)) == [match]

    def test_unknown_category_is_a_400(self):
        with pytest.raises(HttpError) as raised:
            articles_matching(ArticleFilters(category="missing"))
        assert (raised.value.status_code, raised.value.message) == (
            400,
            "There is no category 'missing'.",
        )


@pytest.mark.django_db
def test_published_article_ignores_drafts():
    ArticleFactory(title="Plan", status=Article.Status.DRAFT)
    with pytest.raises(HttpError) as raised:
        published_article("plan", "en")
    assert (raised.value.status_code, raised.value.message) == (
        404,
        "No published article has the slug 'plan' in language 'en'.",
    )
