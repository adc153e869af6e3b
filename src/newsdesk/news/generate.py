"""Realistic bulk content for benchmarks and load tests (``newsdesk generate``).

Bulk inserts, not ``save()``: 100,000 articles must take seconds, not minutes. Each article
still gets what ``Article.save()`` would give it — a sanitised body (generated from our own
clean markup), its summary from ``core.text.excerpt`` and a slug unique in its language — and
the content version is bumped at the end. Bodies are drawn from a pool of paragraphs, each
longer than the excerpt, so the excerpt of an article is the excerpt of its first paragraph
and is computed once per paragraph rather than once per article.
"""

import datetime
import io
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone
from PIL import Image as PILImage

from newsdesk.core.text import excerpt, slug_from_text, unique_slug
from newsdesk.images.models import Image
from newsdesk.news.models import Article, Author, Category, Tag
from newsdesk.news.signals import articles_bulk_saved

BATCH = 2000

PLACES = ["Rome", "Naples", "Turin", "Bari", "Cagliari", "Palermo", "Bologna", "Trieste", "Lecce"]
SUBJECTS = [
    "fishing cooperative", "farming cooperative", "housing cooperative", "social cooperative",
    "workers’ cooperative", "community cooperative", "consumer cooperative", "credit union",
    "youth network", "women’s cooperative", "olive growers", "solar energy cooperative",
]  # fmt: skip
ACTIONS = [
    "opens", "launches", "celebrates", "signs", "presents", "welcomes", "trains", "renews",
    "wins", "doubles", "plans", "restores",
]  # fmt: skip
OBJECTS = [
    "a new training course", "its annual report", "a partnership with local schools",
    "twenty new members", "a solidarity fund", "a harbour market", "a summer school",
    "a mutual aid scheme", "an award for fair work", "a renewable energy plan",
    "a volunteer programme", "a cooperative library",
]  # fmt: skip
WORDS = (
    "cooperative members assembly harbour village harvest training project community board "
    "workers families solidarity season market fair olive grain network partners funding "
    "region youth women volunteers school energy housing fishermen nets boats fields "
    "vineyard kitchen report statement budget council mutual aid future together local "
    "sustainable rights dignity work income open democratic shared values – “new” Haliéus "
    "città perché più è"
).split()


@dataclass
class Pool:
    paragraphs: list[tuple[str, str]]  # (html, excerpt of that paragraph alone)
    short_bodies: list[str]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def build_pool(rng: random.Random) -> Pool:
    paragraphs = []
    for _ in range(400):
        text = " ".join(_sentence(rng) for _ in range(6))
        while len(text.split()) <= settings.NEWSDESK_EXCERPT_WORDS:
            text += " " + _sentence(rng)
        html = f"<p>{text}</p>"
        paragraphs.append((html, excerpt(html)))
    short_bodies = [f"<p>{_sentence(rng)} {_sentence(rng)}</p>" for _ in range(50)]
    return Pool(paragraphs, short_bodies)


def _picture(rng: random.Random, width: int = 800, height: int = 533) -> bytes:
    colour = tuple(rng.randint(40, 200) for _ in range(3))
    picture = PILImage.new("RGB", (width, height), colour)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=70)
    return out.getvalue()


def _unique_slugs(model, names: list[str]) -> list[str]:
    taken = set(model.objects.values_list("slug", flat=True))
    slugs = []
    for name in names:
        slug = unique_slug(slug_from_text(name) or "item", taken.__contains__)
        taken.add(slug)
        slugs.append(slug)
    return slugs


def _sections(rng: random.Random, categories: int, tags: int, authors: int):
    def names(count: int, make) -> list[str]:
        return [make(number) for number in range(1, count + 1)]

    category_names = names(categories, lambda n: f"{rng.choice(SUBJECTS).title()}s {n}")
    tag_names = names(tags, lambda n: f"{rng.choice(WORDS)} {rng.choice(PLACES)} {n}")
    author_names = names(
        authors,
        lambda n: (
            f"{rng.choice(['Ada', 'José', 'Ngozi', 'Ilaria', 'Marco', 'Léa'])} "
            f"{rng.choice(['Rossi', 'Fenù', 'Adébáyọ̀', 'Almeida', 'Conti', 'Greco'])} {n}"
        ),
    )
    made_categories = Category.objects.bulk_create(
        Category(name=n, slug=s)
        for n, s in zip(category_names, _unique_slugs(Category, category_names), strict=True)
    )
    made_tags = Tag.objects.bulk_create(
        Tag(name=n, slug=s) for n, s in zip(tag_names, _unique_slugs(Tag, tag_names), strict=True)
    )
    made_authors = Author.objects.bulk_create(
        Author(name=n, slug=s, bio="Writes for the association’s news desk.")
        for n, s in zip(author_names, _unique_slugs(Author, author_names), strict=True)
    )
    return made_categories, made_tags, made_authors


def _images(rng: random.Random, count: int) -> list[Image]:
    images = []
    for number in range(count):
        image = Image(alt_text=f"Members of a cooperative at work, picture {number + 1}")
        image.file.save(f"generated-{number + 1}.jpg", ContentFile(_picture(rng)), save=False)
        image.width, image.height = 800, 533
        image.save()
        images.append(image)
    return images


def generate_articles(
    count: int,
    seed: int = 1,
    categories: int = 300,
    tags: int = 2000,
    authors: int = 50,
    images: int = 40,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Create ``count`` articles (and their sections) in batches; return how many were made.

    Each batch is announced with ``articles_bulk_saved`` (the search index listens).
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible fake content, not security
    if connection.vendor == "sqlite":
        # Generated data can be generated again: trade durability for speed while loading.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-262144")  # 256 MiB of page cache
    pool = build_pool(rng)
    now = timezone.now()
    with transaction.atomic():
        category_rows, tag_rows, author_rows = _sections(rng, categories, tags, authors)
        image_rows = _images(rng, images)
    languages = [code for code, _name in settings.LANGUAGES]
    taken = {
        code: set(Article.objects.filter(language=code).values_list("slug", flat=True))
        for code in languages
    }
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        articles, links = [], []
        for number in range(made, made + size):
            language = languages[0] if rng.random() < 0.85 or len(languages) == 1 else languages[1]
            title = (
                ""
                if rng.random() < 0.03
                else f"{rng.choice(PLACES)}: {rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} "
                f"{rng.choice(OBJECTS)}"
            )
            if rng.random() < 0.05:
                body = rng.choice(pool.short_bodies)
                summary = excerpt(body)
            else:
                chosen = rng.sample(pool.paragraphs, rng.randint(3, 8))
                body = "\n".join(html for html, _excerpt in chosen)
                summary = chosen[0][1]
            handwritten = (
                f"A short note from the desk about story {number + 1}."
                if rng.random() < 0.1
                else ""
            )
            if handwritten:
                summary = excerpt(body, handwritten)
            published_at = now - datetime.timedelta(minutes=rng.randint(1, 10 * 365 * 24 * 60))
            status = Article.Status.PUBLISHED
            roll = rng.random()
            if roll < 0.005:
                status = Article.Status.DRAFT
            elif roll < 0.01:
                published_at = now + datetime.timedelta(days=rng.randint(1, 30))
            base = slug_from_text(title) or published_at.strftime("%Y-%m-%d")
            slug = unique_slug(base, taken[language].__contains__)
            taken[language].add(slug)
            articles.append(
                Article(
                    title=title,
                    slug=slug,
                    language=language,
                    dateline=rng.choice(PLACES) if rng.random() < 0.3 else "",
                    body=body,
                    excerpt=handwritten,
                    summary=summary,
                    featured_image=rng.choice(image_rows) if rng.random() < 0.7 else None,
                    status=status,
                    published_at=published_at,
                    sticky=False,
                )
            )
            links.append(
                (
                    _some(rng, category_rows, 1, 2),
                    _some(rng, tag_rows, 0, 4),
                    _some(rng, author_rows, 1, 2),
                )
            )
        with transaction.atomic():
            created = _insert(articles)
            _link(created, links)
        articles_bulk_saved.send(sender=Article, ids=[article.pk for article in created])
        made += size
        if progress:
            progress(made, count)
    return made


def _some(rng: random.Random, rows: list, least: int, most: int) -> list:
    return rng.sample(rows, min(len(rows), rng.randint(least, most)))


ARTICLE_COLUMNS = [
    "id", "title", "slug", "language", "dateline", "body", "excerpt", "summary",
    "featured_image_id", "status", "published_at", "sticky", "created_at", "updated_at",
]  # fmt: skip


def _insert(articles: list[Article]) -> list[Article]:
    """Insert with executemany and ids we choose: several times faster than bulk_create,
    whose per-field preparation dominates at this size. The sequence is reset afterwards."""
    adapt = connection.ops.adapt_datetimefield_value
    quote = connection.ops.quote_name
    start = (Article.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    now = timezone.now()
    rows = []
    for offset, article in enumerate(articles):
        article.pk = article.id = start + offset
        article.created_at = article.updated_at = now
        rows.append(
            (
                article.pk, article.title, article.slug, article.language, article.dateline,
                article.body, article.excerpt, article.summary, article.featured_image_id,
                article.status, adapt(article.published_at), article.sticky, adapt(now),
                adapt(now),
            )
        )  # fmt: skip
    columns = ", ".join(quote(column) for column in ARTICLE_COLUMNS)
    marks = ", ".join(["%s"] * len(ARTICLE_COLUMNS))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(Article._meta.db_table)} ({columns}) VALUES ({marks})",  # noqa: S608 - our own names
            rows,
        )
        for statement in connection.ops.sequence_reset_sql(no_style(), [Article]):
            cursor.execute(statement)
    return articles


def _link(created: list[Article], links) -> None:
    """Fill the three many-to-many tables with plain executemany: the ORM's per-row model
    instances cost more than the articles themselves."""
    rows = {"categories": [], "tags": [], "authors": []}
    for article, (categories, tags, authors) in zip(created, links, strict=True):
        rows["categories"] += [(article.pk, c.pk) for c in categories]
        rows["tags"] += [(article.pk, t.pk) for t in tags]
        rows["authors"] += [(article.pk, a.pk) for a in authors]
    with connection.cursor() as cursor:
        for name, pairs in rows.items():
            field = Article._meta.get_field(name)
            through = field.remote_field.through._meta
            source, target = field.m2m_column_name(), field.m2m_reverse_name()
            quote = connection.ops.quote_name
            cursor.executemany(
                f"INSERT INTO {quote(through.db_table)} ({quote(source)}, {quote(target)}) "  # noqa: S608 - names from our own models
                "VALUES (%s, %s)",
                pairs,
            )
