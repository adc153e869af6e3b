"""The search form."""

import datetime
import zoneinfo

import pytest
from django.http import QueryDict
from django.utils import timezone

from newsdesk.news.models import Article
from newsdesk.search.forms import SearchForm
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def form_for(query_string: str, language: str = "en") -> SearchForm:
    return SearchForm(QueryDict(query_string), language=language)


def test_query_is_cleaned_not_refused():
    form = form_for("q=%00fish%20%20boats%1b&category=&year=")
    assert form.is_valid()
    assert form.cleaned_data == {"q": "fish boats", "category": None, "year": None}
    assert 'value="fish boats"' in str(form["q"])


def test_category_choices_and_value():
    fisheries = CategoryFactory(name="Fisheries", slug="fisheries")
    CategoryFactory(name="Assemblies", slug="assemblies")
    form = form_for("category=fisheries")
    assert form.fields["category"].widget.choices == [
        ("", "All categories"),
        ("assemblies", "Assemblies"),
        ("fisheries", "Fisheries"),
    ]
    assert form.is_valid()
    assert form.cleaned_data["category"] == fisheries


def test_years_span_the_language_s_public_articles():
    # 31 Dec 2019 23:30 UTC is 2020 in Rome.
    ArticleFactory(published_at=datetime.datetime(2019, 12, 31, 23, 30, tzinfo=datetime.UTC))
    ArticleFactory(published_at=datetime.datetime(2022, 6, 1, tzinfo=ROME))
    ArticleFactory(published_at=datetime.datetime(2015, 6, 1, tzinfo=ROME), language="it")
    ArticleFactory(published_at=datetime.datetime(2010, 6, 1, tzinfo=ROME), status="draft")
    ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=800))
    assert form_for("").years("en") == [2022, 2021, 2020]
    assert form_for("year=1999").years("en") == [2022, 2021, 2020, 1999]
    assert form_for("").years("de") == []


def test_year_must_have_four_digits():
    assert form_for("year=2024").is_valid()
    for year in ("999", "10000", "x", "-2024"):
        assert not form_for(f"year={year}").is_valid()


def test_years_ignore_articles_in_review():
    ArticleFactory(
        published_at=datetime.datetime(2012, 6, 1, tzinfo=ROME), status=Article.Status.REVIEW
    )
    assert form_for("").years("en") == []


def test_selects_escape_names_and_mark_the_chosen_option():
    CategoryFactory(name='Fish & <b>"chips"</b>', slug="fish")
    CategoryFactory(name="Nets", slug="nets")
    html = str(form_for("category=fish")["category"])
    assert html == (
        '<select name="category" id="id_category"><option value="">All categories</option>'
        '<option value="fish" selected>Fish &amp; &lt;b&gt;&quot;chips&quot;&lt;/b&gt;</option>'
        '<option value="nets">Nets</option></select>'
    )
