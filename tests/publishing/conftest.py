"""Fixtures of the static export tests: a small newsroom, an export folder, and the live pages
to compare the export with.

The newsroom is small but has everything the export handles: two pages of news (page size 3),
two languages, a story in both, a picture with renditions, every kind of archive, a draft and
a scheduled article (which must stay out), renamed articles and imported permalinks.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.test.utils import override_settings
from django.utils import timezone

from newsdesk.news.models import Article, Redirect
from newsdesk.publishing.export import export_site
from newsdesk.publishing.render import without_request_date
from newsdesk.publishing.writer import LOCK_NAME, MANIFEST_NAME
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ImageFactory,
    TagFactory,
)

BASE_URL = "https://news.example.org"
HOST = "news.example.org"


@dataclass
class Newsroom:
    articles: list
    first: Article  # the newest English article
    italian: Article
    pictured: Article
    draft: Article
    scheduled: Article


@pytest.fixture
def newsroom(settings) -> Newsroom:
    settings.NEWSDESK_PAGE_SIZE = 3
    # Fixed dates: every article in the archives of May 2024, wherever the clock is.
    noon = timezone.make_aware(datetime.datetime(2024, 5, 10, 12))
    fish = CategoryFactory(name="Fisheries", slug="fisheries")
    CategoryFactory(name="Housing", slug="housing")
    boats = TagFactory(name="Boats", slug="boats")
    ada = AuthorFactory(name="Ada Rossi", slug="ada-rossi")
    lea = AuthorFactory(name="Léa Conti", slug="lea-conti")
    articles = [
        ArticleFactory(
            title=f"Harbour news {n}",
            published_at=noon - datetime.timedelta(hours=n + 1),
            categories=[fish] if n % 2 or n == 0 else [],
            tags=[boats] if n < 3 else [],
            authors=[ada if n % 2 else lea],
        )
        for n in range(7)
    ]
    pictured = articles[2]
    pictured.featured_image = ImageFactory(alt_text="Nets drying on the quay")
    pictured.body = "<p>The Haliéus cooperative mended its nets.</p>"
    pictured.save()
    italian = ArticleFactory(
        title="Notizie dal porto",
        language="it",
        published_at=noon - datetime.timedelta(hours=3, minutes=30),
        categories=[fish],
        authors=[ada],
        translation_source=articles[0],
    )
    draft = ArticleFactory(title="Not ready", status=Article.Status.DRAFT, categories=[fish])
    scheduled = ArticleFactory(
        title="Tomorrow's news",
        published_at=timezone.now() + datetime.timedelta(days=1),
        tags=[boats],
    )
    renamed = articles[4]
    renamed.slug = "harbour-news-renamed"
    renamed.save()  # keeps /news/harbour-news-4/ answering with a 301
    Redirect.objects.create(old_path="/?p=12", article=articles[1])
    Redirect.objects.create(old_path="/2019/05/nets/", article=pictured)
    Redirect.objects.create(old_path="/old-fisheries.php", new_path="/news/category/fisheries/")
    Redirect.objects.create(old_path="/drafts/", article=draft)
    return Newsroom(articles, articles[0], italian, pictured, draft, scheduled)


@pytest.fixture
def site_dir(tmp_path) -> Path:
    return tmp_path / "site"


@pytest.fixture
def export(site_dir):
    """Run the export into ``site_dir`` (in this process: the test database is not shared
    with forked workers)."""

    def run(**options):
        options.setdefault("base_url", BASE_URL)
        options.setdefault("jobs", 1)
        return export_site(site_dir, **options)

    return run


@pytest.fixture
def live(client):
    """The live site as the export sees it: the export's host, scheme and base URL."""

    def get(url: str):
        with override_settings(
            NEWSDESK_BASE_URL=BASE_URL, ALLOWED_HOSTS=[HOST], NEWSDESK_RATE_LIMIT=False
        ):
            return client.get(url, headers={"host": HOST}, secure=True)

    return get


def folder_bytes(root: Path) -> dict[str, bytes]:
    """Every file of an export but the export's own bookkeeping, by path; feeds without the
    request date an empty feed carries (the one per-request value)."""
    return {
        path.relative_to(root).as_posix(): without_request_date(path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name not in (MANIFEST_NAME, LOCK_NAME)
    }
