"""JSON lines: one article per line with every field."""

import datetime
import io
import json

import pytest

from newsdesk.importers.exporters.jsonl import export_json_lines
from newsdesk.importers.models import ImportReference
from newsdesk.news.models import Redirect
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_one_line_per_article_with_everything_written_out(media_root):
    parent = CategoryFactory(slug="world", name="World")
    image = ImageFactory(alt_text="Boats", caption="At dawn", credit="Luca", title="Harbour")
    article = ArticleFactory(
        title="Harbour reopens",
        dateline="Porto Lungo",
        body="<p>The harbour reopened.</p>",
        excerpt="",
        published_at=datetime.datetime(2024, 7, 1, 8, 0, tzinfo=datetime.UTC),
        featured_image=image,
        authors=[AuthorFactory(name="Anna", slug="anna", bio="Sea.")],
        categories=[CategoryFactory(slug="italia", name="Italia", parent=parent)],
        tags=[TagFactory(slug="fish", name="Fish")],
    )
    ArticleFactory(title="Second")
    Redirect.objects.create(old_path="/?p=101", article=article)
    ImportReference.objects.create(
        source="https://old.example", kind="post", wp_id="101", wp_status="publish", article=article
    )

    out = io.StringIO()
    assert export_json_lines(out, base_url="https://news.example.org/") == 2
    lines = out.getvalue().splitlines()
    record = json.loads(lines[0])
    assert record == {
        "id": article.pk,
        "url": "https://news.example.org/news/harbour-reopens/",
        "title": "Harbour reopens",
        "display_title": "Harbour reopens",
        "slug": "harbour-reopens",
        "language": "en",
        "dateline": "Porto Lungo",
        "body": "<p>The harbour reopened.</p>",
        "excerpt": "",
        "summary": "The harbour reopened.",
        "status": "published",
        "published_at": "2024-07-01T08:00:00+00:00",
        "sticky": False,
        "created_at": article.created_at.isoformat(),
        "updated_at": article.updated_at.isoformat(),
        "featured_image": {
            "id": image.pk,
            "url": f"https://news.example.org/media/{image.file.name}",
            "file": image.file.name,
            "title": "Harbour",
            "alt_text": "Boats",
            "decorative": False,
            "caption": "At dawn",
            "credit": "Luca",
            "width": 640,
            "height": 427,
        },
        "authors": [{"name": "Anna", "slug": "anna", "bio": "Sea."}],
        "categories": [{"name": "Italia", "slug": "italia", "description": "", "parent": "world"}],
        "tags": [{"name": "Fish", "slug": "fish"}],
        "old_addresses": ["/?p=101"],
        "imported_from": {"source": "https://old.example", "id": "101", "status": "publish"},
    }
    assert (json.loads(lines[1])["title"], json.loads(lines[1])["featured_image"]) == (
        "Second",
        None,
    )


def test_no_articles_no_lines():
    out = io.StringIO()
    assert (export_json_lines(out, base_url="http://127.0.0.1:8000"), out.getvalue()) == (0, "")
