"""Writing every article as one line of JSON, with every field and what hangs off it.

For other tools and for safekeeping: one self-contained object per line (authors, categories,
tags and the featured picture written out in full, not as ids), dates in ISO 8601 with their
offset, streamed so that any number of articles fits.
"""

from __future__ import annotations

import json
from typing import TextIO

from newsdesk.importers.exporters.wxr import media_url
from newsdesk.news.models import Article

CHUNK = 500


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def article_record(article: Article, base_url: str) -> dict:
    """Everything about one article, as JSON-ready values."""
    image = article.featured_image
    reference = next(iter(article.import_references.all()), None)
    return {
        "id": article.pk,
        "url": base_url + article.get_absolute_url(),
        "title": article.title,
        "display_title": str(article.display_title),
        "slug": article.slug,
        "language": article.language,
        "dateline": article.dateline,
        "body": article.body,
        "excerpt": article.excerpt,
        "summary": article.summary,
        "status": article.status,
        "published_at": _iso(article.published_at),
        "sticky": article.sticky,
        "created_at": _iso(article.created_at),
        "updated_at": _iso(article.updated_at),
        "featured_image": image
        and {
            "id": image.pk,
            "url": media_url(image.file.name, base_url),
            "file": image.file.name,
            "title": image.title,
            "alt_text": image.alt_text,
            "decorative": image.decorative,
            "caption": image.caption,
            "credit": image.credit,
            "width": image.width,
            "height": image.height,
        },
        "authors": [
            {"name": author.name, "slug": author.slug, "bio": author.bio}
            for author in article.authors.all()
        ],
        "categories": [
            {
                "name": category.name,
                "slug": category.slug,
                "description": category.description,
                "parent": category.parent.slug if category.parent else None,
            }
            for category in article.categories.all()
        ],
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in article.tags.all()],
        "old_addresses": sorted(redirect.old_path for redirect in article.redirects.all()),
        "imported_from": reference
        and {"source": reference.source, "id": reference.wp_id, "status": reference.wp_status},
    }


def export_json_lines(out: TextIO, *, base_url: str) -> int:
    """Write one line per article to ``out``; returns how many."""
    base_url = base_url.rstrip("/")
    articles = (
        Article.objects.order_by("pk")
        .select_related("featured_image")
        .prefetch_related("authors", "categories__parent", "tags", "redirects", "import_references")
        .iterator(chunk_size=CHUNK)
    )
    count = 0
    for article in articles:
        out.write(json.dumps(article_record(article, base_url), ensure_ascii=False) + "\n")
        count += 1
    return count
