"""Listing pages: /news/, archives and the home page."""

import datetime
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from newsdesk.news.models import Article, Author, Category, Tag
from newsdesk.news.views.listing import VersionedCountPaginator
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def listed_titles(response) -> list[str]:
    return [article.display_title for article in response.context["articles"]]


def article_count(html: str) -> int:
    return len(re.findall(r"<article class=\"card\"", html))


class TestNewsListing:
    def test_nine_per_page_newest_first(self, client):
        articles = [ArticleFactory() for _ in range(11)]  # each older than the one before
        response = client.get("/news/")
        assert response.status_code == 200
        assert listed_titles(response) == [a.title for a in articles[:9]]
        page_two = client.get("/news/page/2/")
        assert listed_titles(page_two) == [a.title for a in articles[9:]]

    def test_page_size_is_a_setting(self, client, settings):
        settings.NEWSDESK_PAGE_SIZE = 4
        for _ in range(5):
            ArticleFactory()
        assert len(client.get("/news/").context["articles"]) == 4
        assert len(client.get("/news/page/2/").context["articles"]) == 1

    def test_each_post_is_an_article_inside_main_with_a_linked_heading(self, client):
        image = ImageFactory(alt_text="Nets drying on the quay")
        article = ArticleFactory(title="Haliéus grows", featured_image=image)
        html = client.get("/news/").content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        assert article_count(main) == 1
        assert (
            '<h2 class="card__title"><a href="/news/halieus-grows/">Haliéus grows</a></h2>' in main
        )
        assert (
            f'src="{image.file.url}" srcset="{image.renditions.get(format="jpg").file.url} 480w, '
            f'{image.file.url} 640w" sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, '
            f'100vw" width="640" height="427" alt="Nets drying on the quay" loading="lazy"' in main
        )
        assert f'<time datetime="{article.published_at.astimezone(ROME).isoformat()}">' in main

    def test_excerpt_is_escaped_plain_text(self, client):
        ArticleFactory(body="<p>Use &lt;script&gt; wisely &amp; well</p>")
        html = client.get("/news/").content.decode()
        assert '<p class="card__excerpt">Use &lt;script&gt; wisely &amp; well</p>' in html

    def test_handwritten_excerpt_is_shown_whole(self, client):
        ArticleFactory(excerpt="Written " * 70)
        html = client.get("/news/").content.decode()
        assert escape(("Written " * 70).strip()) + "</p>" in html
        assert "[\u2026]" not in html

    def test_untitled_article_has_a_meaningful_link(self, client):
        ArticleFactory(
            title="",
            body="<p>Rome, 8 July 2024 \u2013 Fishing cooperatives signed the charter today.</p>",
            published_at=datetime.datetime(2024, 7, 8, 10, tzinfo=ROME),
        )
        html = client.get("/news/").content.decode()
        assert (
            '<h2 class="card__title card__title--untitled"><a href="/news/2024-07-08/">'
            "Rome, 8 July 2024 \u2013 Fishing cooperatives signed\u2026</a></h2>"
        ) in html
        assert (
            '<a href="/news/2024-07-08/">Read more<span class="visually-hidden">: '
            "Rome, 8 July 2024 \u2013 Fishing cooperatives signed\u2026</span></a>"
        ) in html

    def test_drafts_review_and_scheduled_are_invisible(self, client):
        ArticleFactory(title="Public one")
        ArticleFactory(title="Draft one", status=Article.Status.DRAFT)
        ArticleFactory(title="Review one", status=Article.Status.REVIEW)
        ArticleFactory(
            title="Future one", published_at=timezone.now() + datetime.timedelta(hours=1)
        )
        response = client.get("/news/")
        assert listed_titles(response) == ["Public one"]
        for url in ["/", "/news/"]:
            body = client.get(url).content.decode()
            assert "Draft one" not in body and "Review one" not in body and "Future one" not in body

    def test_sticky_does_not_change_the_news_order(self, client):
        newest = ArticleFactory(title="Newest")
        sticky = ArticleFactory(title="Old but sticky", sticky=True)
        assert listed_titles(client.get("/news/")) == [newest.title, sticky.title]

    def test_empty_site_says_so(self, client):
        response = client.get("/news/")
        assert response.status_code == 200
        assert "No articles here yet." in response.content.decode()


class TestPagination:
    @pytest.fixture
    def twenty(self):
        return [ArticleFactory() for _ in range(20)]

    @pytest.mark.parametrize(
        "url", ["/news/page/0/", "/news/page/-1/", "/news/page/abc/", "/news/page/4/",
                "/news/page/99999999999999999999/", "/news/?page=2&x=%00"]
    )  # fmt: skip
    def test_bad_pages_are_404(self, client, twenty, url):
        expected = 200 if url.startswith("/news/?") else 404
        assert client.get(url).status_code == expected

    def test_page_one_redirects_to_the_listing(self, client, twenty):
        response = client.get("/news/page/1/")
        assert response.status_code == 301
        assert response["Location"] == "/news/"

    def test_query_string_page_is_ignored(self, client, twenty):
        assert listed_titles(client.get("/news/?page=2")) == listed_titles(client.get("/news/"))

    def test_links_and_rel(self, client, twenty):
        html = client.get("/news/page/2/").content.decode()
        assert '<link rel="prev" href="/news/">' in html
        assert '<link rel="next" href="/news/page/3/">' in html
        assert '<a href="/news/" rel="prev">Previous page</a>' in html
        assert '<a href="/news/page/3/" rel="next">Next page</a>' in html
        assert (
            '<a href="/news/page/2/" aria-current="page"><span class="visually-hidden">Page </span>2</a>'
        ) in html
        assert '<span class="visually-hidden">Page </span>3</a>' in html

    def test_last_page(self, client, twenty):
        html = client.get("/news/page/3/").content.decode()
        assert 'rel="next"' not in html
        assert len(client.get("/news/page/3/").context["articles"]) == 2

    def test_page_two_title(self, client, twenty):
        assert (
            "<title>News – page 2 – Newsdesk</title>"
            in client.get("/news/page/2/").content.decode()
        )


class TestDeepPages:
    """Deep pages start from a remembered landmark instead of skipping every earlier row."""

    @pytest.fixture
    def stride_of_four(self, monkeypatch, settings):
        settings.NEWSDESK_PAGE_SIZE = 3
        monkeypatch.setattr(VersionedCountPaginator, "LANDMARK_STRIDE", 4)
        used = []
        original = VersionedCountPaginator.landmark

        def landmark(paginator, index):
            found = original(paginator, index)
            used.append(index)
            return found

        monkeypatch.setattr(VersionedCountPaginator, "landmark", landmark)
        return used

    @staticmethod
    def make_articles(count: int, category) -> None:
        # Pairs of articles share a publication time: the id decides their order.
        start = timezone.now() - datetime.timedelta(days=count)
        for number in range(count):
            when = start + datetime.timedelta(days=number // 2)
            ArticleFactory(published_at=when, categories=[category] if number % 3 else [])

    @staticmethod
    def every_page(client, url: str, pages: int) -> list[str]:
        titles = []
        for number in range(1, pages + 1):
            titles += listed_titles(client.get(url if number == 1 else f"{url}page/{number}/"))
        return titles

    @pytest.mark.parametrize("archive", [False, True])
    def test_pages_list_every_article_once_in_order(self, client, stride_of_four, archive):
        category = CategoryFactory(slug="fisheries")
        self.make_articles(17, category)
        url = "/news/category/fisheries/" if archive else "/news/"
        listed = Article.objects.published().order_by("-published_at", "-id")
        if archive:
            listed = listed.filter(categories=category)
        expected = [article.title for article in listed]
        pages = -(-len(expected) // 3)
        assert self.every_page(client, url, pages) == expected
        assert max(stride_of_four) >= 2  # deep pages did start from landmarks

        # A new article moves every article one place down: the landmarks follow.
        ArticleFactory(published_at=timezone.now() - datetime.timedelta(minutes=1))
        expected = [article.title for article in listed.all()]
        assert self.every_page(client, url, -(-len(expected) // 3)) == expected


class TestArchives:
    def test_category_archive(self, client):
        fisheries = CategoryFactory(name="Fisheries", slug="fisheries", description="Boats.")
        inside = ArticleFactory(title="Inside", categories=[fisheries])
        ArticleFactory(title="Outside")
        ArticleFactory(title="Draft inside", status=Article.Status.DRAFT, categories=[fisheries])
        response = client.get("/news/category/fisheries/")
        assert listed_titles(response) == [inside.title]
        assert "<h1>Category: Fisheries</h1>" in response.content.decode()

    def test_tag_archive(self, client):
        youth = TagFactory(name="Youth", slug="youth")
        tagged = ArticleFactory(tags=[youth])
        ArticleFactory()
        assert listed_titles(client.get("/news/tag/youth/")) == [tagged.title]

    def test_author_archive(self, client):
        ada = AuthorFactory(name="Ada Rossi", slug="ada-rossi")
        written = ArticleFactory(authors=[ada])
        ArticleFactory()
        response = client.get("/news/author/ada-rossi/")
        assert listed_titles(response) == [written.title]
        assert "<h1>Articles by Ada Rossi</h1>" in response.content.decode()

    def test_archives_paginate_and_redirect_page_one(self, client, settings):
        settings.NEWSDESK_PAGE_SIZE = 2
        youth = TagFactory(slug="youth")
        for _ in range(3):
            ArticleFactory(tags=[youth])
        assert len(client.get("/news/tag/youth/page/2/").context["articles"]) == 1
        assert client.get("/news/tag/youth/page/3/").status_code == 404
        response = client.get("/news/tag/youth/page/1/")
        assert (response.status_code, response["Location"]) == (301, "/news/tag/youth/")

    def test_unknown_archive_is_404(self, client):
        for url in ["/news/category/nope/", "/news/tag/nope/", "/news/author/nope/"]:
            assert client.get(url).status_code == 404

    def test_year_and_month_archives_use_the_local_date(self, client):
        # 31 Dec 2023 23:30 UTC is already 1 January 2024 in Rome.
        new_year = ArticleFactory(
            title="New year",
            published_at=datetime.datetime(2023, 12, 31, 23, 30, tzinfo=datetime.UTC),
        )
        december = ArticleFactory(
            title="December", published_at=datetime.datetime(2023, 12, 15, 12, tzinfo=ROME)
        )
        assert listed_titles(client.get("/news/2024/")) == [new_year.title]
        assert listed_titles(client.get("/news/2024/01/")) == [new_year.title]
        assert listed_titles(client.get("/news/2023/12/")) == [december.title]
        html = client.get("/news/2023/12/").content.decode()
        assert "<h1>Articles from December 2023</h1>" in html

    @pytest.mark.parametrize(
        "url", ["/news/2019/", "/news/2024/13/", "/news/2024/00/", "/news/0000/", "/news/9999/12/"]
    )
    def test_empty_or_impossible_periods_are_404(self, client, url):
        ArticleFactory(published_at=datetime.datetime(2024, 3, 1, tzinfo=ROME))
        assert client.get(url).status_code == 404

    def test_scheduled_article_not_in_its_month(self, client):
        soon = timezone.localtime() + datetime.timedelta(minutes=5)
        ArticleFactory(title="Soon", published_at=soon)
        assert client.get(f"/news/{soon.year}/{soon.month:02d}/").status_code == 404


class TestHome:
    def test_sticky_first_and_one_page_at_most(self, client, settings):
        settings.NEWSDESK_PAGE_SIZE = 3
        articles = [ArticleFactory() for _ in range(5)]
        articles[4].sticky = True
        articles[4].save()
        response = client.get("/")
        assert listed_titles(response) == [articles[4].title, articles[0].title, articles[1].title]
        assert "Pinned" in response.content.decode()

    def test_links_to_sections(self, client):
        CategoryFactory(name="Fisheries", slug="fisheries")
        html = client.get("/").content.decode()
        assert '<a href="/news/category/fisheries/">Fisheries</a>' in html
        assert '<a href="/news/">All news</a>' not in html  # no articles yet: no "all news" link

    def test_sections_in_name_order_with_their_address_in_each_language(self, client):
        CategoryFactory(name="Youth", slug="youth")
        CategoryFactory(name="Credit unions", slug="credit-unions")
        CategoryFactory(name="Lakes", slug="lakes", parent=CategoryFactory(name="Water"))
        html = client.get("/").content.decode()
        links = re.findall(r'<li><a href="(/news/category/[^"]+)">([^<]+)</a></li>', html)
        assert links == [
            ("/news/category/credit-unions/", "Credit unions"),
            (f"/news/category/{Category.objects.get(name='Water').slug}/", "Water"),
            ("/news/category/youth/", "Youth"),
        ]  # top-level sections only
        assert '<a href="/it/news/category/youth/">Youth</a>' in client.get("/it/").content.decode()


def make_listed_articles(count: int) -> None:
    category = CategoryFactory(slug="fisheries")
    tag = TagFactory(slug="youth")
    author = AuthorFactory(slug="ada")
    for _ in range(count):
        ArticleFactory(
            featured_image=ImageFactory(),
            categories=[category],
            tags=[tag],
            authors=[author, AuthorFactory()],
            published_at=datetime.datetime(2024, 5, 10, tzinfo=ROME),
        )


LISTING_URLS = [
    "/",
    "/news/",
    "/news/category/fisheries/",
    "/news/tag/youth/",
    "/news/author/ada/",
    "/news/2024/",
    "/news/2024/05/",
]


@pytest.mark.parametrize("url", LISTING_URLS)
def test_query_count_does_not_grow_with_articles(client, url):
    make_listed_articles(1)
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(url).context["articles"]) == 1
    for model in (Article, Category, Tag, Author):
        model.objects.all().delete()
    make_listed_articles(3)
    with CaptureQueriesContext(connection) as three:
        assert len(client.get(url).context["articles"]) == 3
    assert len(three) == len(one)
    # count, page ids, articles, authors, renditions, next scheduled time (once per content
    # version), and the archive's own object
    assert len(one) <= 7
