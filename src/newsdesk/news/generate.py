"""Realistic bulk content for benchmarks and load tests (``newsdesk generate``).

Bulk inserts, not ``save()``: 100,000 articles must take seconds, not minutes. Each article
still gets what ``Article.save()`` would give it — a sanitised body (generated from our own
clean markup), its summary from ``core.text.excerpt`` and a slug unique in its language — and
the content version is bumped at the end. An article's first paragraph comes from a pool of
paragraphs, each longer than the excerpt, so the excerpt of an article is the excerpt of its
first paragraph and is computed once per paragraph rather than once per article.

The words follow Zipf's law over a vocabulary of thousands (see ``vocabulary``), so that search
meets what it meets in real news: a few words in nearly every article, most words in a few.
"""

import datetime
import functools
import io
import itertools
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

# The text of the articles follows Zipf's law, as real news does: a few words are everywhere,
# most words are rare. The first ranks are function words; the themed words above are spread
# over the next ranks up to LAST_THEMED_RANK, in a fixed shuffled order, so that titles and
# text share words; made-up words fill the other ranks. The vocabulary is the same whatever
# the seed (it has its own fixed random source): a rare word of one database is rare in any.
FUNCTION_WORDS = (
    "the of and to a in for on with is at by from that as its was are will has it this be an "
    "were after more their have which also who not about but they been said over into than"
).split()
VOCABULARY_SIZE = 20_000
# Zipf-Mandelbrot: the weight of rank r is 1 / (r + ZIPF_SHIFT) ** ZIPF_EXPONENT, the shape of
# word frequencies in English text (the shift flattens the very first ranks).
ZIPF_EXPONENT = 1.07
ZIPF_SHIFT = 2.7
LAST_THEMED_RANK = 3_000
_VOCABULARY_SEED = 20_000
_ONSETS = "b c d f g l m n p r s t v z br ch cr dr fr gl gr pl pr sc st tr".split()
_VOWELS = "a e i o u a e i o ai ea ia io ue".split()
_CODAS = ["", "", "", "", "n", "r", "l", "s", "t", "m"]
_ACCENTED_ENDINGS = "à è ì ò ù".split()

# Drawing words one by one for every article would be too slow, so sentences of common words
# (the first POOLED_RANKS) are drawn once into a shared pool, and each article's paragraphs
# take their sentences from it. Each article then adds one sentence of its own, drawn word by
# word from the whole vocabulary: that is where the rare words come from, a handful of
# articles each, as in real news.
POOLED_RANKS = 3_000
LEAD_PARAGRAPHS = 1_000
POOLED_SENTENCES = 40_000
SENTENCES_PER_PARAGRAPH = 6


@functools.cache
def vocabulary() -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The words from the most to the least common, and their cumulative Zipf weights (for
    ``random.choices``)."""
    rng = random.Random(_VOCABULARY_SEED)  # noqa: S311 - fixed made-up words, not security
    taken = {word.lower() for word in (*FUNCTION_WORDS, *WORDS)}
    made_up: list[str] = []
    while len(made_up) < VOCABULARY_SIZE - len(FUNCTION_WORDS) - len(WORDS):
        syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4))]
        ending = rng.choice(_ACCENTED_ENDINGS) if rng.random() < 0.05 else rng.choice(_CODAS)
        word = "".join(syllables) + ending
        if word not in taken:
            taken.add(word)
            made_up.append(word)
    themed = list(WORDS)
    rng.shuffle(themed)
    low, high = len(FUNCTION_WORDS) + 1, LAST_THEMED_RANK
    themed_at = {
        round(low * (high / low) ** (n / (len(themed) - 1))): word for n, word in enumerate(themed)
    }
    words = list(FUNCTION_WORDS)
    rest = iter(made_up)
    while len(words) < VOCABULARY_SIZE:
        words.append(themed_at.pop(len(words) + 1, None) or next(rest))
    weights = itertools.accumulate(
        1 / (rank + ZIPF_SHIFT) ** ZIPF_EXPONENT for rank in range(1, len(words) + 1)
    )
    return tuple(words), tuple(weights)


@dataclass
class Pool:
    paragraphs: list[tuple[str, str]]  # (html, excerpt of that paragraph alone): lead paragraphs
    sentences: list[str]


@functools.cache
def _most_common(ranks: int) -> tuple[tuple[str, ...], tuple[float, ...]]:
    words, weights = vocabulary()
    return words[:ranks], weights[:ranks]


def _sentence(rng: random.Random, ranks: int = VOCABULARY_SIZE) -> str:
    """A sentence of 8 to 18 words from the ``ranks`` most common ones, Zipf-distributed."""
    words, weights = _most_common(ranks)
    chosen = rng.choices(words, cum_weights=weights, k=rng.randint(8, 18))
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def build_pool(rng: random.Random) -> Pool:
    sentences = [_sentence(rng, POOLED_RANKS) for _ in range(POOLED_SENTENCES)]
    paragraphs = []
    for _ in range(LEAD_PARAGRAPHS):
        text = " ".join(rng.choices(sentences, k=SENTENCES_PER_PARAGRAPH))
        while len(text.split()) <= settings.NEWSDESK_EXCERPT_WORDS:
            text += " " + rng.choice(sentences)
        html = f"<p>{text}</p>"
        paragraphs.append((html, excerpt(html)))
    return Pool(paragraphs, sentences)


def _body(rng: random.Random, pool: Pool, lead: str, paragraphs: int) -> str:
    """``lead`` then ``paragraphs`` paragraphs of pooled sentences; the article's own sentence
    closes the last paragraph."""
    picked = rng.choices(pool.sentences, k=paragraphs * SENTENCES_PER_PARAGRAPH)
    texts = [
        " ".join(picked[start : start + SENTENCES_PER_PARAGRAPH])
        for start in range(0, len(picked), SENTENCES_PER_PARAGRAPH)
    ]
    texts[-1] += " " + _sentence(rng)
    return "\n".join([lead, *(f"<p>{text}</p>" for text in texts)])


def _short_body(rng: random.Random, pool: Pool) -> str:
    """A short note: one pooled sentence and one of its own."""
    return f"<p>{rng.choice(pool.sentences)} {_sentence(rng)}</p>"


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
                body = _short_body(rng, pool)
                summary = excerpt(body)
            else:
                lead, summary = rng.choice(pool.paragraphs)
                body = _body(rng, pool, lead, rng.randint(2, 7))
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
            # A plain row, not an Article: a model instance costs more to make than the rest
            # of the article (see _insert).
            articles.append(
                (
                    title,
                    slug,
                    language,
                    rng.choice(PLACES) if rng.random() < 0.3 else "",
                    body,
                    handwritten,
                    summary,
                    rng.choice(image_rows).pk if rng.random() < 0.7 else None,
                    status,
                    published_at,
                    False,
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
            ids = _insert(articles)
            _link(ids, links)
            # In the transaction: the search index is committed with the rows, or not at all.
            articles_bulk_saved.send(sender=Article, ids=ids)
        made += size
        if progress:
            progress(made, count)
    return made


def _some(rng: random.Random, rows: list, least: int, most: int) -> list:
    return rng.sample(rows, min(len(rows), rng.randint(least, most)))


# The columns of the rows that generate_articles makes, in order; _insert adds the id and
# the creation and modification times.
ARTICLE_COLUMNS = [
    "title", "slug", "language", "dateline", "body", "excerpt", "summary", "featured_image_id",
    "status", "published_at", "sticky",
]  # fmt: skip


def _insert(articles: list[tuple]) -> list[int]:
    """Insert rows (see ARTICLE_COLUMNS) with executemany and ids we choose; return the ids.

    Several times faster than bulk_create, whose per-field preparation dominates at this size.
    The sequence is reset afterwards.
    """
    adapt = connection.ops.adapt_datetimefield_value
    quote = connection.ops.quote_name
    start = (Article.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    now = adapt(timezone.now())
    published_at = ARTICLE_COLUMNS.index("published_at")
    ids = list(range(start, start + len(articles)))
    rows = [
        (pk, *row[:published_at], adapt(row[published_at]), *row[published_at + 1 :], now, now)
        for pk, row in zip(ids, articles, strict=True)
    ]
    columns = ", ".join(quote(c) for c in ["id", *ARTICLE_COLUMNS, "created_at", "updated_at"])
    marks = ", ".join(["%s"] * (len(ARTICLE_COLUMNS) + 3))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(Article._meta.db_table)} ({columns}) VALUES ({marks})",  # noqa: S608 - our own names
            rows,
        )
        for statement in connection.ops.sequence_reset_sql(no_style(), [Article]):
            cursor.execute(statement)
    return ids


def _link(ids: list[int], links) -> None:
    """Fill the three many-to-many tables with plain executemany: the ORM's per-row model
    instances cost more than the articles themselves."""
    rows = {"categories": [], "tags": [], "authors": []}
    for pk, (categories, tags, authors) in zip(ids, links, strict=True):
        rows["categories"] += [(pk, c.pk) for c in categories]
        rows["tags"] += [(pk, t.pk) for t in tags]
        rows["authors"] += [(pk, a.pk) for a in authors]
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
