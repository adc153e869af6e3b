"""Demo content: the fictional newsroom that ``newsdesk demo`` (and ``make serve``) loads.

The texts live in ``demo_content.py``; this module turns them into rows, with placeholder
pictures drawn by Pillow so that nothing is downloaded.
"""

import datetime
import io
import random
import zoneinfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw

from newsdesk.images.models import Image
from newsdesk.news import demo_content
from newsdesk.news.models import Article, Author, Category, Tag

DEMO_TIME_ZONE = zoneinfo.ZoneInfo("Europe/Rome")
PLACEHOLDER_SIZE = (1200, 800)


def placeholder_picture(colour: str, seed: str) -> bytes:
    """A JPEG landscape of soft hills under a sky, in the given colour: original, offline."""
    rng = random.Random(seed)  # noqa: S311 - shapes for a picture, not security
    width, height = PLACEHOLDER_SIZE
    base = tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    picture = PILImage.new("RGB", PLACEHOLDER_SIZE, _mix(base, (255, 255, 255), 0.75))
    draw = ImageDraw.Draw(picture)
    sun_x, sun_y = rng.randint(150, width - 150), rng.randint(90, 260)
    draw.ellipse((sun_x - 70, sun_y - 70, sun_x + 70, sun_y + 70), fill=(250, 236, 190))
    for layer in range(4):
        shade = _mix(base, (0, 0, 0), 0.15 * layer)
        top = int(height * (0.45 + 0.12 * layer))
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, top + rng.randint(-60, 60)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=78, optimize=True, progressive=True)
    return out.getvalue()


def _mix(a, b, amount: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


def _local_time(text: str) -> datetime.datetime:
    naive = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=DEMO_TIME_ZONE)


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create the demo newsroom in one transaction and return how many of each were made."""
    authors = {
        entry["slug"]: Author.objects.create(
            name=entry["name"], slug=entry["slug"], bio=entry["bio"]
        )
        for entry in demo_content.AUTHORS
    }
    categories = {
        entry["slug"]: Category.objects.create(
            name=entry["name"], slug=entry["slug"], description=entry["description"]
        )
        for entry in demo_content.CATEGORIES
    }
    for entry in demo_content.CATEGORIES:
        if entry.get("parent"):
            category = categories[entry["slug"]]
            category.parent = categories[entry["parent"]]
            category.save(update_fields=["parent"])
    tags = {
        entry["slug"]: Tag.objects.create(name=entry["name"], slug=entry["slug"])
        for entry in demo_content.TAGS
    }
    images = 0
    now = timezone.now()
    by_key: dict[str, Article] = {}
    for entry in demo_content.ARTICLES:
        image = None
        if entry["image"]:
            picture = entry["image"]
            image = Image(
                title=entry["title"][:255] or entry["key"],
                alt_text=picture["alt"],
                caption=picture["caption"],
                credit=picture["credit"],
                decorative=picture["decorative"],
            )
            content = placeholder_picture(picture["colour"], entry["key"])
            image.file.save(f"{entry['key']}.jpg", ContentFile(content), save=False)
            # Known size: saves Django re-reading every picture it was just given.
            image.width, image.height = PLACEHOLDER_SIZE
            image.save()
            images += 1
        if entry["status"] == "draft":
            status, published_at = Article.Status.DRAFT, None
        elif entry["status"] == "scheduled":
            status, published_at = Article.Status.PUBLISHED, now + datetime.timedelta(days=3)
        else:
            status, published_at = Article.Status.PUBLISHED, _local_time(entry["published"])
        article = Article.objects.create(
            title=entry["title"],
            language=entry["language"],
            dateline=entry["dateline"],
            body=entry["body"],
            excerpt=entry["excerpt"],
            featured_image=image,
            status=status,
            published_at=published_at,
            sticky=entry["sticky"],
        )
        by_key[entry["key"]] = article
        if entry.get("translation_of"):
            article.translation_source = by_key[entry["translation_of"]]
            article.save(update_fields=["translation_source"])
        article.authors.set([authors[slug] for slug in entry["authors"]])
        article.categories.set([categories[slug] for slug in entry["categories"]])
        article.tags.set([tags[slug] for slug in entry["tags"]])
    return {
        "articles": len(demo_content.ARTICLES),
        "authors": len(authors),
        "categories": len(categories),
        "tags": len(tags),
        "images": images,
    }
