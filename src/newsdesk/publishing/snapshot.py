"""What the public can see, as plain data: the state of every public article, and the lists
the site builds from them.

An export saves its snapshot in the manifest; the next ``--incremental`` run takes a new one and
compares the two to find which articles changed and which pages of which listing moved,
without rendering anything. The lists are built here in the order the views use
(newest first: ``-published_at, -id``), from ``Article.objects.published()`` alone.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from newsdesk.news.models import Article, Author, Category, Tag

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)

# Listing keys: ("news", lang), ("category"|"tag"|"author", lang, slug),
# ("year", lang, year), ("month", lang, year, month).
SECTION_KINDS = ("category", "tag", "author")


def microseconds(moment: datetime.datetime) -> int:
    """An aware moment as whole microseconds since 1970: exact, sortable and JSON-friendly."""
    return (moment - EPOCH) // MICROSECOND


def moment_of(value: int) -> datetime.datetime:
    return EPOCH + datetime.timedelta(microseconds=value)


def local(value: int, zone: datetime.tzinfo) -> datetime.datetime:
    """The moment in ``zone`` (TIME_ZONE, fetched once by the caller: this runs for every
    article, and timezone.localtime() would look the zone up each time)."""
    return moment_of(value).astimezone(zone)


@dataclass(frozen=True)
class ArticleState:
    """Everything about a public article that some exported page shows or is ordered by.

    ``updated`` moves on every save, so a changed title, body or picture changes the state.
    """

    id: int
    language: str
    slug: str
    published: int
    updated: int
    sticky: bool
    image: int | None
    story: int  # the story's first version: the versions of a story link one another
    categories: tuple[int, ...]
    tags: tuple[int, ...]
    authors: tuple[int, ...]

    def as_row(self) -> list:
        return [
            self.language,
            self.slug,
            self.published,
            self.updated,
            self.sticky,
            self.image,
            self.story,
            list(self.categories),
            list(self.tags),
            list(self.authors),
        ]

    @classmethod
    def from_row(cls, article_id: int, row: list) -> "ArticleState":
        language, slug, published, updated, sticky, image, story, categories, tags, authors = row
        return cls(
            article_id,
            language,
            slug,
            published,
            updated,
            sticky,
            image,
            story,
            tuple(categories),
            tuple(tags),
            tuple(authors),
        )

    @property
    def newest_first_key(self) -> tuple[int, int]:
        return (-self.published, -self.id)


@dataclass
class Snapshot:
    articles: dict[int, ArticleState]
    # kind -> {id: slug}; the same sections on both sides of a comparison (any change to a
    # section changes the fingerprint, and the export is then complete, not incremental).
    sections: dict[str, dict[int, str]] = field(default_factory=dict)

    def newest_first(self) -> list[ArticleState]:
        return sorted(self.articles.values(), key=lambda state: state.newest_first_key)

    def to_json(self) -> dict:
        return {str(pk): state.as_row() for pk, state in self.articles.items()}

    @classmethod
    def from_json(cls, data: dict, sections: dict[str, dict[int, str]]) -> "Snapshot":
        articles = {int(pk): ArticleState.from_row(int(pk), row) for pk, row in data.items()}
        return cls(articles, sections)


def content_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def take_snapshot(at: datetime.datetime | None = None) -> Snapshot:
    """The public articles now (or at ``at``), in five queries whatever their number."""
    at = at or timezone.now()
    rows = (
        Article.objects.published(at)
        .filter(language__in=content_languages())
        .order_by()
        .values_list(
            "id",
            "language",
            "slug",
            "published_at",
            "updated_at",
            "sticky",
            "featured_image_id",
            "translation_source_id",
        )
    )
    links: dict[str, dict[int, list[int]]] = {}
    for name in ("categories", "tags", "authors"):
        through = Article._meta.get_field(name).remote_field.through
        target = Article._meta.get_field(name).m2m_reverse_name()
        grouped: dict[int, list[int]] = defaultdict(list)
        for article_id, target_id in through.objects.values_list("article_id", target):
            grouped[article_id].append(target_id)
        links[name] = grouped
    articles = {}
    for pk, language, slug, published_at, updated_at, sticky, image, source in rows:
        articles[pk] = ArticleState(
            pk,
            language,
            slug,
            microseconds(published_at),
            microseconds(updated_at),
            sticky,
            image,
            source or pk,
            tuple(sorted(links["categories"].get(pk, ()))),
            tuple(sorted(links["tags"].get(pk, ()))),
            tuple(sorted(links["authors"].get(pk, ()))),
        )
    return Snapshot(articles, current_sections())


def current_sections() -> dict[str, dict[int, str]]:
    return {
        "category": dict(Category.objects.order_by().values_list("id", "slug")),
        "tag": dict(Tag.objects.order_by().values_list("id", "slug")),
        "author": dict(Author.objects.order_by().values_list("id", "slug")),
    }


def listings(snapshot: Snapshot) -> dict[tuple, list[int]]:
    """Every listing of the site and its article ids, newest first.

    The news listing and every category, tag and author archive exist in every language,
    empty or not (each page's language switcher links its versions in the other languages).
    Year and month archives exist for the periods that have articles.
    """
    lists: dict[tuple, list[int]] = {}
    zone = timezone.get_current_timezone()
    for language in content_languages():
        lists[("news", language)] = []
        for kind in SECTION_KINDS:
            for slug in snapshot.sections.get(kind, {}).values():
                lists[(kind, language, slug)] = []
    categories, tags, authors = (snapshot.sections.get(kind, {}) for kind in SECTION_KINDS)
    for state in snapshot.newest_first():
        language = state.language
        lists[("news", language)].append(state.id)
        for kind, slugs, section_ids in (
            ("category", categories, state.categories),
            ("tag", tags, state.tags),
            ("author", authors, state.authors),
        ):
            for section_id in section_ids:
                slug = slugs.get(section_id)
                if slug is not None:
                    lists[(kind, language, slug)].append(state.id)
        when = local(state.published, zone)
        lists.setdefault(("year", language, when.year), []).append(state.id)
        lists.setdefault(("month", language, when.year, when.month), []).append(state.id)
    return lists


def neighbours(snapshot: Snapshot) -> dict[int, tuple[int | None, int | None]]:
    """Each article's previous (older) and next (newer) article in its language, as the
    article page links them."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for state in snapshot.newest_first():
        by_language[state.language].append(state.id)
    found = {}
    for ids in by_language.values():
        for index, pk in enumerate(ids):
            older = ids[index + 1] if index + 1 < len(ids) else None
            newer = ids[index - 1] if index > 0 else None
            found[pk] = (older, newer)
    return found


def sitemap_articles(snapshot: Snapshot) -> list[int]:
    """The order of the articles sitemap: by language, then newest first."""
    ordered = sorted(
        snapshot.articles.values(), key=lambda state: (state.language, *state.newest_first_key)
    )
    return [state.id for state in ordered]


def local_day(value: int, zone: datetime.tzinfo) -> str:
    """The day of a moment in TIME_ZONE, as sitemaps date their entries."""
    return local(value, zone).date().isoformat()


def sitemap_article_entries(snapshot: Snapshot) -> dict[int, tuple]:
    """What each article's entry in the articles sitemap shows: its address, the day of its
    last change, and the addresses of its story's versions (its hreflang alternates)."""
    zone = timezone.get_current_timezone()
    versions = {
        story: tuple(
            sorted((snapshot.articles[pk].language, snapshot.articles[pk].slug) for pk in ids)
        )
        for story, ids in stories(snapshot).items()
    }
    return {
        state.id: (
            state.language,
            state.slug,
            local_day(max(state.updated, state.published), zone),
            versions[state.story],
        )
        for state in snapshot.articles.values()
    }


def sitemap_archives(snapshot: Snapshot) -> tuple[set[tuple], dict[str, int]]:
    """The entries of the archives sitemap (each category, tag and author once per language it
    has articles in, with the day of its latest change), and the number of public articles
    per language.

    The entries are a set: their order is the database's collation of slugs, which this
    module does not imitate. The counts are there because the live section currently lists
    its entries once per article of the language (reported as a bug): while that lasts, a
    changed count changes the section.
    """
    zone = timezone.get_current_timezone()
    latest: dict[tuple, int] = {}
    counts: dict[str, int] = defaultdict(int)
    fields = {"category": "categories", "tag": "tags", "author": "authors"}
    for state in snapshot.articles.values():
        counts[state.language] += 1
        for kind, attribute in fields.items():
            for section_id in getattr(state, attribute):
                key = (kind, state.language, section_id)
                latest[key] = max(latest.get(key, 0), state.updated)
    entries = {
        (kind, language, pk, local_day(updated, zone))
        for (kind, language, pk), updated in latest.items()
    }
    return entries, dict(counts)


def stories(snapshot: Snapshot) -> dict[int, list[int]]:
    """The published versions of each story, by the story's id."""
    found: dict[int, list[int]] = defaultdict(list)
    for state in snapshot.articles.values():
        found[state.story].append(state.id)
    return found


def with_their_versions(changed: set[int], old: Snapshot, new: Snapshot) -> set[int]:
    """The changed articles and every version of their stories, then or now: an article's
    page and its sitemap entry name the versions of its story."""
    touched = set(changed)
    for snapshot in (old, new):
        versions = stories(snapshot)
        for pk in changed:
            state = snapshot.articles.get(pk)
            if state is not None:
                touched.update(versions[state.story])
    return touched


def changed_articles(old: Snapshot, new: Snapshot) -> set[int]:
    """Articles added, removed, or different in any way a page shows."""
    changed = set(old.articles) ^ set(new.articles)
    changed.update(
        pk for pk in set(old.articles) & set(new.articles) if old.articles[pk] != new.articles[pk]
    )
    return changed
