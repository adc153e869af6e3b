"""When the next scheduled article is due."""

import datetime

import pytest
from django.utils import timezone

from newsdesk.news.models import Article
from newsdesk.publishing.schedule import next_publication
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_nothing_scheduled():
    ArticleFactory()
    ArticleFactory(status=Article.Status.DRAFT, published_at=timezone.now() + datetime.timedelta(1))
    assert next_publication() is None


def test_the_next_one_in_the_site_time_zone_rounded_up_to_the_second():
    soon = timezone.now().replace(microsecond=250_000) + datetime.timedelta(days=2)
    ArticleFactory(published_at=soon)
    ArticleFactory(published_at=soon + datetime.timedelta(hours=1))
    due = next_publication()
    assert due == soon.replace(microsecond=0) + datetime.timedelta(seconds=1)
    assert due.tzinfo.key == "Europe/Rome"
