"""The search page: /search/?q=… and /it/search/?q=…"""

import datetime
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.news.models import Article, Category
from tests.factories import CategoryFactory
from tests.search.test_services import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def main_of(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def result_titles(response) -> list[str]:
    return [hit.article.title for hit in response.context["hits"]]


class TestPage:
    def test_empty_query_shows_the_form_only(self, client):
        response = client.get("/search/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<meta name="robots" content="noindex">' in html
        assert "<h1>Search</h1>" in html
        assert '<form class="search-form" role="search" method="get" action="/search/">' in html
        assert '<label for="id_q">Search for</label>' in html
        assert (
            '<input type="search" name="q" maxlength="200" enterkeyhint="search" id="id_q">'
        ) in html
        assert '<label for="id_category">Category</label>' in html
        assert '<label for="id_year">Year</label>' in html
        assert "result" not in main_of(response)
        assert "hits" not in response.context

    def test_blank_query_is_an_empty_query(self, client):
        response = client.get("/search/", {"q": "   ", "page": "7"})
        assert response.status_code == 200
        assert "hits" not in response.context

    def test_results(self, client, make_article):
        article = make_article(
            title="Harbour reopens",
            body="<p>The harbour welcomed the boats.</p>",
            published_at=datetime.datetime(2024, 7, 8, 10, tzinfo=ROME),
        )
        response = client.get("/search/", {"q": "harbour"})
        main = main_of(response)
        assert '<p class="search-count">1 result for “harbour”</p>' in main
        assert len(re.findall(r"<article ", main)) == 1
        assert (
            '<h2 class="card__title"><a href="/news/harbour-reopens/">Harbour reopens</a></h2>'
        ) in main
        assert f'<time datetime="{article.published_at.astimezone(ROME).isoformat()}">' in main
        assert ">8 July 2024</time>" in main
        assert (
            '<p class="card__excerpt search-result__snippet">'
            "The <mark>harbour</mark> welcomed the boats.</p>"
        ) in main
        assert "<title>“harbour” – Search – Newsdesk</title>" in response.content.decode()

    def test_results_count_in_plural(self, client, make_article):
        make_article(title="Harbour one")
        make_article(title="Harbour two")
        main = main_of(client.get("/search/", {"q": "harbour"}))
        assert '<p class="search-count">2 results for “harbour”</p>' in main

    def test_no_results(self, client, make_article):
        make_article(title="Harbour reopens")
        response = client.get("/search/", {"q": "volcano"})
        assert response.status_code == 200
        main = main_of(response)
        assert '<p class="search-count">0 results for “volcano”</p>' in main
        assert (
            '<p class="empty">No articles match your search. Try other words, or fewer of them.</p>'
        ) in main
        assert "<article" not in main

    def test_query_and_article_text_are_escaped(self, client, make_article):
        make_article(title="<b>Harbour</b> & co", body="<p>Use &lt;script&gt; harbour.</p>")
        main = main_of(client.get("/search/", {"q": "harbour <script>"}))
        assert "<script>" not in main
        assert "“harbour &lt;script&gt;”" in main
        assert 'value="harbour &lt;script&gt;"' in main
        assert "&lt;b&gt;Harbour&lt;/b&gt; &amp; co</a></h2>" in main
        assert "&lt;<mark>script</mark>&gt;" in main

    def test_untitled_article_links_with_its_display_title(self, client, make_article):
        make_article(title="", body="<p>Harbour dredging starts on Monday morning.</p>")
        main = main_of(client.get("/search/", {"q": "dredging"}))
        assert ('<h2 class="card__title card__title--untitled"><a href="/news/') in main
        assert ">Harbour dredging starts on Monday morning.</a></h2>" in main

    def test_drafts_and_scheduled_never_appear(self, client, make_article):
        make_article(title="Harbour draft", status=Article.Status.DRAFT)
        make_article(
            title="Harbour later",
            published_at=datetime.datetime.now(tz=ROME) + datetime.timedelta(hours=2),
        )
        make_article(title="Harbour public")
        response = client.get("/search/", {"q": "harbour"})
        assert result_titles(response) == ["Harbour public"]
        html = response.content.decode()
        assert "Harbour draft" not in html and "Harbour later" not in html


class TestLanguages:
    def test_italian_search_shows_only_italian_articles(self, client, make_article):
        make_article(title="Harbour news", language="en")
        make_article(title="Harbour notizie", language="it", slug="harbour-notizie")
        italian = client.get("/it/search/", {"q": "harbour"})
        assert result_titles(italian) == ["Harbour notizie"]
        assert 'action="/it/search/"' in italian.content.decode()
        assert '<a href="/it/news/harbour-notizie/">' in main_of(italian)
        assert result_titles(client.get("/search/", {"q": "harbour"})) == ["Harbour news"]


class TestFilters:
    def test_category(self, client, make_article):
        fisheries = CategoryFactory(name="Fisheries", slug="fisheries")
        make_article(title="Harbour nets", categories=[fisheries])
        make_article(title="Harbour party")
        response = client.get("/search/", {"q": "harbour", "category": "fisheries"})
        assert result_titles(response) == ["Harbour nets"]
        assert '<option value="fisheries" selected>Fisheries</option>' in response.content.decode()

    def test_year(self, client, make_article):
        make_article(title="Harbour old", published_at=datetime.datetime(2021, 5, 1, tzinfo=ROME))
        make_article(title="Harbour new", published_at=datetime.datetime(2023, 5, 1, tzinfo=ROME))
        response = client.get("/search/", {"q": "harbour", "year": "2021"})
        assert result_titles(response) == ["Harbour old"]
        html = response.content.decode()
        years = re.findall(
            r'<option value="(\d*)"( selected)?>', html[html.index('id="id_year"') :]
        )
        assert years == [("", ""), ("2023", ""), ("2022", ""), ("2021", " selected")]

    @pytest.mark.parametrize(
        "params",
        [
            {"category": "nope"},
            {"year": "abc"},
            {"year": "999"},
            {"year": "10000"},
            {"year": "99999999999999999999999"},
        ],
    )
    def test_unknown_category_or_impossible_year_is_404(self, client, params):
        CategoryFactory(slug="fisheries")
        assert client.get("/search/", {"q": "harbour", **params}).status_code == 404

    def test_year_without_articles_finds_nothing(self, client, make_article):
        make_article(title="Harbour new", published_at=datetime.datetime(2023, 5, 1, tzinfo=ROME))
        response = client.get("/search/", {"q": "harbour", "year": "1999"})
        assert response.status_code == 200
        assert result_titles(response) == []
        assert '<option value="1999" selected>1999</option>' in response.content.decode()


class TestPagination:
    @pytest.fixture
    def eleven(self, make_article):
        fisheries = CategoryFactory(slug="fisheries")
        return [make_article(title=f"Harbour {n}", categories=[fisheries]) for n in range(11)]

    def test_pages(self, client, eleven):
        first = client.get("/search/", {"q": "harbour", "category": "fisheries"})
        second = client.get("/search/", {"q": "harbour", "category": "fisheries", "page": "2"})
        assert len(result_titles(first)) == 9
        assert len(result_titles(second)) == 2
        assert sorted(result_titles(first) + result_titles(second)) == sorted(
            a.title for a in eleven
        )
        html = second.content.decode()
        assert '<a href="/search/?q=harbour&amp;category=fisheries" rel="prev">' in html
        assert "<title>“harbour” – page 2 – Search – Newsdesk</title>" in html
        assert "11 results for “harbour” – page 2 of 2" in html
        first_html = first.content.decode()
        assert '<a href="/search/?q=harbour&amp;category=fisheries&amp;page=2" rel="next">' in (
            first_html
        )

    def test_more_matches_than_are_ranked_say_so(self, client, monkeypatch, eleven):
        from newsdesk.search import services

        monkeypatch.setattr(services, "RANKED_MATCHES", 10)
        html = client.get("/search/", {"q": "harbour", "page": "2"}).content.decode()
        assert (
            "More than 10 results for “harbour”: the 10 most recently added, best match first"
            " – page 2 of 2"
        ) in html
        assert len(result_titles(client.get("/search/", {"q": "harbour", "page": "2"}))) == 1
        monkeypatch.setattr(services, "RANKED_MATCHES", 11)
        assert (
            "11 results for “harbour”</p>"
            in client.get("/search/", {"q": "harbour"}).content.decode()
        )

    def test_page_size_is_the_listing_setting(self, client, settings, eleven):
        settings.NEWSDESK_PAGE_SIZE = 4
        assert len(result_titles(client.get("/search/", {"q": "harbour", "page": "3"}))) == 3

    @pytest.mark.parametrize("page", ["0", "-1", "abc", "3", "1.5", "99999999999999999999", "\x00"])
    def test_bad_pages_are_404(self, client, eleven, page):
        assert client.get("/search/", {"q": "harbour", "page": page}).status_code == 404

    def test_no_results_is_page_one_only(self, client):
        assert client.get("/search/", {"q": "volcano"}).status_code == 200
        assert client.get("/search/", {"q": "volcano", "page": "2"}).status_code == 404


@pytest.mark.parametrize("text", HOSTILE_QUERIES)
def test_hostile_queries_give_a_normal_page(client, make_article, text):
    make_article(title="Harbour boats")
    response = client.get("/search/", {"q": text})
    assert response.status_code == 200
    assert len(response.context.get("hits", [])) in (0, 1)


def test_invalid_utf8_gives_a_normal_page(client):
    assert client.get("/search/?q=%ff%fe%00harbour").status_code == 200


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text() | st.text(alphabet='harbou "*^:()-+ORANDNEARNOT\\\x00'))
def test_any_text_gives_a_normal_page(client, settings, make_article, text):
    settings.NEWSDESK_RATE_LIMIT = False  # a hundred searches from one address, on purpose
    if not Article.objects.exists():
        make_article(title="Harbour boats")
    response = client.get("/search/", {"q": text})
    assert response.status_code == 200


def make_results(make_article, count: int) -> None:
    fisheries = CategoryFactory(slug="fisheries")
    for n in range(count):
        make_article(
            title=f"Harbour {n}",
            categories=[fisheries],
            published_at=datetime.datetime(2024, 5, 10, tzinfo=ROME),
        )


@pytest.mark.parametrize(
    ("params", "queries"),
    [({"q": "harbour"}, 6), ({"q": "harbour", "category": "fisheries", "year": "2024"}, 7)],
)
def test_query_count_does_not_grow_with_results(client, make_article, params, queries):
    make_results(make_article, 1)
    with CaptureQueriesContext(connection) as one:
        assert len(client.get("/search/", params).context["hits"]) == 1
    Article.objects.all().delete()
    Category.objects.all().delete()
    make_results(make_article, 3)
    with CaptureQueriesContext(connection) as three:
        assert len(client.get("/search/", params).context["hits"]) == 3
    assert len(three) == len(one)
    # The page's own: categories, first year, last year, the chosen category if any, the
    # newest matches (which count them), the page's ids and snippets, its articles (the
    # redirect middleware's lookup is not the search page's).
    # SQLite first counts the candidates, up to a bound, to choose how to find the matches.
    own = [query for query in one.captured_queries if "news_redirect" not in query["sql"]]
    assert len(own) == queries + (connection.vendor == "sqlite")
