"""The anonymous page cache: fresh after every change, on time for scheduled articles."""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.core import cache as page_cache
from newsdesk.news.models import Article, Redirect
from tests.factories import ArticleFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def titles(client, url="/news/") -> str:
    return client.get(url).content.decode()


def test_second_anonymous_request_is_a_hit(client):
    ArticleFactory(title="Cached story")
    first = client.get("/news/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/news/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert len(queries) == 0


def test_headers_fit_a_cdn(client):
    ArticleFactory()
    response = client.get("/news/")
    assert response["Cache-Control"] == (
        "public, max-age=60, s-maxage=300, stale-while-revalidate=60"
    )
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")


@pytest.mark.parametrize("url", ["/news/", "/", "/news/feed/", "/sitemap.xml"])
def test_conditional_requests_get_304_cached_or_not(client, url):
    ArticleFactory(title="Story")
    response = client.get(url)
    etag, modified = response["ETag"], response["Last-Modified"]
    for _ in range(2):  # a miss, then a hit
        assert client.get(url, headers={"if-none-match": etag}).status_code == 304
        assert client.get(url, headers={"if-modified-since": modified}).status_code == 304


def change_and_check(client, change, expect_in: str | None = None, expect_out: str | None = None):
    client.get("/news/")
    assert client.get("/news/")["X-Cache"] == "hit"
    change()
    response = client.get("/news/")
    assert response["X-Cache"] == "miss"
    html = response.content.decode()
    if expect_in:
        assert expect_in in html
    if expect_out:
        assert expect_out not in html


def test_new_article_invalidates(client):
    ArticleFactory(title="Old story")
    change_and_check(client, lambda: ArticleFactory(title="Fresh story"), expect_in="Fresh story")


def test_unpublish_and_delete_invalidate(client):
    article = ArticleFactory(title="Going away")

    def unpublish():
        article.status = Article.Status.DRAFT
        article.save()

    change_and_check(client, unpublish, expect_out="Going away")
    other = ArticleFactory(title="Deleted soon")
    change_and_check(client, other.delete, expect_out="Deleted soon")


def test_related_objects_invalidate(client):
    article = ArticleFactory(title="Story")
    change_and_check(client, lambda: article.tags.add(TagFactory()))
    change_and_check(client, lambda: CategoryFactory())
    change_and_check(client, lambda: ImageFactory())
    change_and_check(client, lambda: Redirect.objects.create(old_path="/x/", new_path="/news/"))


def test_scheduled_article_appears_on_time(client):
    ArticleFactory(title="Already out")
    due = timezone.now() + datetime.timedelta(seconds=1.5)
    ArticleFactory(title="Scheduled story", published_at=due)
    first = client.get("/news/")
    assert "Scheduled story" not in first.content.decode()
    max_age = int(first["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age <= 2  # browsers and CDNs may not keep it past the publication
    assert client.get("/news/")["X-Cache"] == "hit"
    time.sleep(max(0.0, due.timestamp() - time.time()) + 0.05)
    response = client.get("/news/")
    assert response["X-Cache"] == "miss"
    assert "Scheduled story" in response.content.decode()


def test_editors_always_get_fresh_private_pages(client):
    user = get_user_model().objects.create_user("editor", password="pw-for-tests", is_staff=True)
    ArticleFactory()
    client.get("/news/")
    client.force_login(user)
    response = client.get("/news/")
    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"


def test_switched_off(client, settings):
    settings.NEWSDESK_PAGE_CACHE = False
    ArticleFactory()
    client.get("/news/")
    assert "X-Cache" not in client.get("/news/")


def test_admin_and_health_are_never_cached(client):
    assert "X-Cache" not in client.get("/admin/login/")
    assert "X-Cache" not in client.get("/healthz")


def test_404_is_cached_but_a_new_article_at_that_address_is_seen(client):
    assert client.get("/news/later/").status_code == 404
    assert client.get("/news/later/")["X-Cache"] == "hit"
    ArticleFactory(title="Later")
    assert client.get("/news/later/").status_code == 200


def test_listing_count_is_computed_once_per_version(client):
    for _ in range(12):
        ArticleFactory()
    with CaptureQueriesContext(connection) as first_page:
        client.get("/news/")
    with CaptureQueriesContext(connection) as second_page:
        client.get("/news/page/2/")
    assert any("COUNT(" in q["sql"] for q in first_page.captured_queries)
    assert not any("COUNT(" in q["sql"] for q in second_page.captured_queries), (
        second_page.captured_queries
    )


def test_version_only_moves_forward():
    first = page_cache.bump_content_version()
    second = page_cache.bump_content_version()
    assert second > first
    assert page_cache.content_version() == second


@pytest.mark.parametrize("url", ["/news/feed/", "/news/feed/atom/", "/news/"])
def test_pages_are_sent_in_one_piece_cached_or_not(client, url):
    # A body in hundreds of small chunks (as the feed generator writes it) is sent by the
    # server one chunk at a time.
    ArticleFactory.create_batch(3)
    first = client.get(url)
    second = client.get(url)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert len(list(first)) == len(list(second)) == 1
    assert b"".join(second) == first.content


def test_listings_feeds_and_the_api_work_while_the_cache_is_down(client, settings):
    ArticleFactory.create_batch(3)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    for url in ["/", "/news/", "/news/page/1/", "/news/feed/", "/api/v1/articles/"]:
        assert client.get(url).status_code in (200, 301), url
    assert len(client.get("/api/v1/articles/").json()["results"]) == 3


def test_what_a_request_caches_is_stored_under_the_version_read_before_its_queries(
    client, settings
):
    """A scheduled article comes due while a request runs: what that request counted
    without it must not be kept under the version that counts it."""
    from newsdesk.news.pagination import VersionedCountPaginator

    settings.NEWSDESK_PAGE_SIZE = 2
    for _ in range(5):
        ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    due = timezone.now() + datetime.timedelta(seconds=1)
    ArticleFactory(title="Due now", published_at=due)
    version = page_cache.content_version()  # read when the slow request starts
    before_due = Article.objects.published().newest_first()  # its queryset, fixed before due
    time.sleep(max(0.0, due.timestamp() - time.time()) + 0.05)
    identity = ("NewsListView", "en", repr([]))
    slow = VersionedCountPaginator(before_due, 2, identity, version)
    assert slow.count == 5
    response = client.get("/news/")  # the next request: the article is due
    assert "Due now" in response.content.decode()
    assert response.context["paginator"].count == 6
