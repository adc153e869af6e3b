"""newsdesk next_publication."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
    call_command("next_publication", stdout=out)
    return out.getvalue()


def test_no_scheduled_articles():
    assert run() == "No scheduled articles.\n"


def test_prints_the_time_in_iso_8601():
    due = timezone.make_aware(datetime.datetime(2099, 3, 1, 8, 0))
    ArticleFactory(published_at=due)
    assert run() == "2099-03-01T08:00:00+01:00\n"
