"""export_site: the export equals the live site, holds every public page and nothing else,
and an incremental run writes exactly what changed."""

import datetime
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import override_settings
from django.utils import timezone

from newsdesk.news.models import Article, Category
from newsdesk.publishing.export import ExportError, export_site
from newsdesk.publishing.links import check_folder
from newsdesk.publishing.render import without_request_date
from newsdesk.publishing.snapshot import take_snapshot
from newsdesk.publishing.static_search import with_static_search
from newsdesk.publishing.urls_to_export import plan_export
from newsdesk.publishing.writer import (
    LOCK_NAME,
    MANIFEST_NAME,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    ExportLock,
)
from tests.factories import ArticleFactory
from tests.publishing.conftest import BASE_URL, HOST, folder_bytes

pytestmark = pytest.mark.django_db


def exported_pages():
    with override_settings(NEWSDESK_BASE_URL=BASE_URL, ALLOWED_HOSTS=[HOST]):
        return plan_export(take_snapshot()).pages


def test_every_exported_page_equals_the_live_page(newsroom, export, site_dir, live):
    report = export()
    pages = exported_pages()
    assert report.pages == len(pages) == report.rendered
    assert report.problems == []
    for page in pages:
        response = live(page.url)
        assert response.status_code == page.status, page.url
        expected = response.content
        if page.kind == "search":
            expected = with_static_search(expected, page.url)
        if page.kind == "alias":  # the redirect's target file, served at the old address
            location = response["Location"].removeprefix(settings.STATIC_URL)
            expected = Path(finders.find(location)).read_bytes()
        exported = (site_dir / page.path).read_bytes()
        if page.kind == "feed":
            exported, expected = without_request_date(exported), without_request_date(expected)
        assert exported == expected, page.url


def test_the_export_holds_the_public_site_and_nothing_else(newsroom, export, site_dir):
    export()
    files = set(folder_bytes(site_dir))
    first, italian = newsroom.first, newsroom.italian
    for path in (
        "index.html",
        "it/index.html",
        "news/index.html",
        "news/page/2/index.html",
        "news/page/3/index.html",
        f"news/{first.slug}/index.html",
        f"it/news/{italian.slug}/index.html",
        "news/category/fisheries/index.html",
        "news/category/fisheries/page/2/index.html",
        "it/news/category/housing/index.html",
        "news/tag/boats/feed/index.html",
        "news/tag/boats/feed/atom/index.html",
        "news/tag/boats/feed.json",
        "news/author/lea-conti/index.html",
        "news/feed/index.html",
        "it/news/feed.json",
        "news/2024/index.html",
        "news/2024/05/page/3/index.html",
        "sitemap.xml",
        "sitemap-pages.xml",
        "sitemap-articles.xml",
        "sitemap-archives.xml",
        "robots.txt",
        "404.html",
        "it/404.html",
        "search/index.html",
        "search/index.json",
        "it/search/index.json",
        f"api/v1/articles/{first.slug}/index.html",
        "static/newsdesk/css/site.css",
        "static/newsdesk/js/static-search.js",
        f"media/{newsroom.pictured.featured_image.file.name}",
        "_redirects",
        "_headers",
        "_nginx_redirects.map",
        "favicon.ico",
        "news/harbour-news-4/index.html",  # the renamed article's old address
        "2019/05/nets/index.html",
    ):
        assert path in files, path
    for rendition in newsroom.pictured.featured_image.renditions.all():
        assert f"media/{rendition.file.name}" in files
    for absent in (newsroom.draft, newsroom.scheduled):
        assert f"news/{absent.slug}/index.html" not in files
        assert f"api/v1/articles/{absent.slug}/index.html" not in files
    assert "drafts/index.html" not in files  # a redirect to a draft leads nowhere
    assert not any(path.startswith("static/admin/") for path in files)
    assert json.loads((site_dir / MANIFEST_NAME).read_text())["complete"] is True
    assert (site_dir / LOCK_NAME).read_text() == "finished\n"


def test_no_broken_links_and_the_checker_finds_one(newsroom, export, site_dir):
    report = export()
    assert report.broken_links == {}
    assert check_folder(site_dir, BASE_URL) == {}
    page = site_dir / "news" / "index.html"
    page.write_text(page.read_text().replace("</main>", '<a href="/news/gone/">x</a></main>'))
    assert check_folder(site_dir, BASE_URL) == {"news/gone/index.html": "/news/"}


def test_writes_are_atomic_and_leave_no_temporary_files(newsroom, export, site_dir):
    export()
    assert list(site_dir.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")) == []


def test_a_second_run_writes_nothing_when_nothing_changed(newsroom, export):
    first = export()
    # Besides the pages: 2 search indexes, 2 redirect pages, 3 host files and a picture with
    # its 2 renditions.
    assert len(first.written) == first.pages + 10
    again = export(incremental=True)
    assert (again.written, again.removed, again.broken_links) == ([], [], {})
    assert again.complete is False
    assert again.rendered == 0
    complete = export()
    assert (complete.written, complete.removed) == ([], [])
    assert complete.rendered == complete.pages


def test_incremental_run_after_editing_one_article(newsroom, export, site_dir, tmp_path):
    export()
    before = folder_bytes(site_dir)
    article = newsroom.articles[1]  # in Fisheries, tagged Boats, by Ada
    article.title = "Harbour news, corrected"
    article.save()

    report = export(incremental=True)

    after = folder_bytes(site_dir)
    assert after == folder_bytes(complete_export(tmp_path))
    changed = {path for path in after if before.get(path) != after[path]}
    assert sorted(report.written) == sorted(changed)
    slug = article.slug
    assert changed == {
        f"news/{slug}/index.html",
        f"api/v1/articles/{slug}/index.html",
        f"news/{newsroom.articles[0].slug}/index.html",  # its neighbours link it by title
        f"news/{newsroom.articles[2].slug}/index.html",
        "index.html",
        "news/index.html",
        "news/category/fisheries/index.html",
        "news/tag/boats/index.html",
        "news/author/ada-rossi/index.html",
        "news/2024/index.html",
        "news/2024/05/index.html",
        "news/feed/index.html",
        "news/feed/atom/index.html",
        "news/feed.json",
        "news/category/fisheries/feed/index.html",
        "news/category/fisheries/feed/atom/index.html",
        "news/category/fisheries/feed.json",
        "news/tag/boats/feed/index.html",
        "news/tag/boats/feed/atom/index.html",
        "news/tag/boats/feed.json",
        "news/author/ada-rossi/feed/index.html",
        "news/author/ada-rossi/feed/atom/index.html",
        "news/author/ada-rossi/feed.json",
        "search/index.json",
    } | sitemap_changes(before, after)
    assert report.removed == []
    assert report.rendered < report.pages / 2


def sitemap_changes(before: dict, after: dict) -> set[str]:
    """Sitemaps show dates, not times: they change only when an edit crosses midnight."""
    return {
        path for path in after if path.startswith("sitemap") and before.get(path) != after[path]
    }


def complete_export(tmp_path):
    other = tmp_path / "complete"
    export_site(other, base_url=BASE_URL, jobs=1)
    return other


def test_incremental_run_removes_an_unpublished_article(newsroom, export, site_dir, tmp_path):
    export()
    article = newsroom.articles[6]  # the oldest: alone on the last page of the news
    article.status = Article.Status.DRAFT
    article.save()

    report = export(incremental=True)

    assert folder_bytes(site_dir) == folder_bytes(complete_export(tmp_path))
    assert sorted(report.removed) == [
        "api/v1/articles/harbour-news-6/index.html",
        "news/2024/05/page/3/index.html",
        "news/2024/page/3/index.html",
        "news/author/lea-conti/page/2/index.html",
        "news/harbour-news-6/index.html",
        "news/page/3/index.html",
    ]
    assert not (site_dir / "news" / article.slug).exists()
    assert not (site_dir / "news" / "page" / "3").exists()


def test_incremental_run_after_a_new_article_and_a_moved_date(newsroom, export, site_dir, tmp_path):
    export()
    ArticleFactory(title="Breaking: the boats are back", categories=newsroom.first.categories.all())
    moved = newsroom.articles[5]
    moved.published_at = timezone.now() - datetime.timedelta(minutes=5)
    moved.save()

    report = export(incremental=True)

    assert report.complete is False
    assert folder_bytes(site_dir) == folder_bytes(complete_export(tmp_path))
    assert report.broken_links == {}


def test_a_changed_section_renders_everything_again(newsroom, export, site_dir, tmp_path):
    export()
    Category.objects.filter(slug="fisheries").update(name="Fishing")

    report = export(incremental=True)

    assert report.complete is True
    assert report.rendered == report.pages
    assert folder_bytes(site_dir) == folder_bytes(complete_export(tmp_path))


def test_after_an_interrupted_export_everything_is_rendered(newsroom, export, site_dir):
    export()
    (site_dir / LOCK_NAME).write_text("running\n")
    report = export(incremental=True)
    assert report.complete is True
    assert report.written == []  # the files on disk were compared, and were right


def test_one_export_per_folder_at_a_time(newsroom, export, site_dir):
    from newsdesk.publishing.writer import ExportBusy

    site_dir.mkdir()
    with ExportLock(site_dir), pytest.raises(ExportBusy):
        export()


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("news.example.org", "--base-url must start with http:// or https://"),
        ("https://example.org/news/", "--base-url must be the site's root"),
    ],
)
def test_a_wrong_base_url_is_refused(export, base_url, message):
    with pytest.raises(ExportError, match=message):
        export(base_url=base_url)


@pytest.mark.django_db(transaction=True)
def test_worker_processes_write_the_same_export(newsroom, export, site_dir, tmp_path):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("forked workers cannot share an in-memory SQLite database")
    from newsdesk.publishing import render

    render.POOL_THRESHOLD, threshold = 0, render.POOL_THRESHOLD
    try:
        report = export(jobs=2)
    finally:
        render.POOL_THRESHOLD = threshold
    assert report.problems == []
    assert folder_bytes(site_dir) == folder_bytes(complete_export(tmp_path))
