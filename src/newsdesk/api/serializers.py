"""Model instances turned into the JSON-ready data that ``schemas`` describes.

Everything language-dependent (addresses under /it/…, the stand-in title of an untitled
article) is computed in the content's language, never the reader's, so an answer does not
change with the ``Accept-Language`` header and caches well.
"""

from django.http import HttpRequest
from django.utils import timezone, translation

from newsdesk.images.models import Image
from newsdesk.news.models import Article, Author, Category, Tag


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def reference(request: HttpRequest, item: Author | Category | Tag) -> dict:
    return {"name": item.name, "slug": item.slug, "url": absolute(request, item.get_absolute_url())}


def image_data(request: HttpRequest, image: Image | None) -> dict | None:
    if image is None:
        return None
    return {
        "url": absolute(request, image.file.url),
        "width": image.width,
        "height": image.height,
        "alt": image.alt,
        "caption": image.caption,
        "credit": image.credit,
    }


def article_data(request: HttpRequest, article: Article, *, with_body: bool = False) -> dict:
    """An article as the API shows it; ``with_body`` adds the sanitised body."""
    with translation.override(article.language):
        data = {
            "id": article.pk,
            "slug": article.slug,
            "language": article.language,
            "title": article.title,
            "display_title": str(article.display_title),
            "url": absolute(request, article.get_absolute_url()),
            "published_at": timezone.localtime(article.published_at),
            "updated_at": timezone.localtime(article.updated_at),
            "excerpt": article.summary,
            "dateline": article.dateline,
            "sticky": article.sticky,
            "authors": [reference(request, author) for author in article.authors.all()],
            "categories": [reference(request, cat) for cat in article.categories.all()],
            "tags": [reference(request, tag) for tag in article.tags.all()],
            "featured_image": image_data(request, article.featured_image),
        }
    if with_body:
        # Stored bodies are sanitised on save (sanitise on write), so this is safe HTML.
        data["body_html"] = article.body
    return data


def category_data(request: HttpRequest, category: Category, language: str) -> dict:
    with translation.override(language):
        url = absolute(request, category.get_absolute_url())
    return {
        "id": category.pk,
        "name": category.name,
        "slug": category.slug,
        "description": category.description,
        "parent": category.parent.slug if category.parent else None,
        "url": url,
    }


def tag_data(request: HttpRequest, tag: Tag, language: str) -> dict:
    with translation.override(language):
        url = absolute(request, tag.get_absolute_url())
    return {"id": tag.pk, "name": tag.name, "slug": tag.slug, "url": url}
