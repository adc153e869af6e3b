"""Saving planned posts as articles, a batch at a time, with their links, redirects and
import references.

New articles are inserted with one ``bulk_create`` per batch, after ``prepare_new_article``
has done to each what ``Article.save()`` does before a first save (sanitised body, summary,
slug). Changed articles go through ``Article.save()`` itself, which also keeps a renamed
address answering. What hangs off the articles (authors, categories, tags, redirects, import
references) is written with one bulk query per batch. Bulk writes send no ``post_save``
signals: the importer tells the page cache itself, and a search index must be refreshed for
the imported articles. The caller runs each batch in a transaction.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from newsdesk.core.html import sanitize_html
from newsdesk.core.text import excerpt, unique_slug
from newsdesk.importers.models import TARGET_FIELD, ImportReference
from newsdesk.importers.report import Outcome
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import PostPlan
from newsdesk.importers.wordpress.rows import insert_rows, now_for_database, upsert_rows
from newsdesk.news.models import Article, Redirect

Kind = ImportReference.Kind
QUERY_CHUNK = 500
# Fields compared to tell an unchanged article from one that WordPress changed.
COMPARED_FIELDS = (
    "title",
    "slug",
    "language",
    "dateline",
    "body",
    "excerpt",
    "status",
    "published_at",
    "sticky",
    "featured_image_id",
)
RELATIONS = {"authors": "author_id", "categories": "category_id", "tags": "tag_id"}


def chunks(values: Sequence, size: int = QUERY_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def references(
    context: ImportContext, kind: str, wp_ids: Iterable[str]
) -> dict[str, tuple[int, str]]:
    """WordPress id -> (id of the Newsdesk object, fingerprint of what was imported), for the
    ids of ``kind`` imported before."""
    target = f"{TARGET_FIELD[kind]}_id"
    found = {}
    for chunk in chunks(list(wp_ids)):
        rows = ImportReference.objects.filter(
            source=context.source, kind=kind, wp_id__in=chunk
        ).values_list("wp_id", target, "fingerprint")
        found.update((wp_id, (pk, digest)) for wp_id, pk, digest in rows if pk is not None)
    return found


def fingerprint(*values) -> str:
    """A digest of imported values, to tell next time whether WordPress changed them."""
    return hashlib.sha256(repr(values).encode()).hexdigest()


def last_of_each(records: list, key, describe, outcome: Outcome) -> list:
    """The records with one per WordPress id (the last), reporting the repeated ones."""
    last = {}
    for record in records:
        if key(record) in last:
            outcome.problems.add(
                _("%(item)s: appears more than once in the export; the last one was imported")
                % {"item": describe(record)}
            )
        last[key(record)] = record
    return list(last.values())


def insert_links(through, column: str, pairs: list[tuple[int, int]]) -> None:
    """Insert (article id, other id) rows into a many-to-many table."""
    other = through._meta.get_field(column.removesuffix("_id")).name
    insert_rows(through, ["article", other], pairs)


def save_references(context: ImportContext, kind: str, rows: list[tuple]) -> None:
    """Insert the references (WordPress id, WordPress status, Newsdesk id, fingerprint) of
    ``kind``, or update the ones that exist for the same source, kind and id."""
    now = now_for_database()
    upsert_rows(
        ImportReference,
        ["source", "kind", "wp_id", "wp_status", TARGET_FIELD[kind], "fingerprint", "imported_at"],
        [(context.source, kind, *row, now) for row in rows],
        unique=["source", "kind", "wp_id"],
    )


def save_redirects(rows: list[tuple[str, int | None, str]]) -> int:
    """Insert redirects (old path, article id, new path), or point existing ones for the same
    old path at the new target."""
    unique = list({row[0]: row for row in rows}.values())
    now = now_for_database()
    upsert_rows(
        Redirect,
        ["old_path", "article", "new_path", "created_at"],
        [(*row, now) for row in unique],
        unique=["old_path"],
    )
    return len(unique)


def write_posts(plans: list[PostPlan], context: ImportContext) -> Outcome:
    """Create or update the articles of ``plans``; returns what was done."""
    outcome = Outcome()
    plans = last_of_each(plans, lambda plan: plan.wp_id, lambda plan: plan.description, outcome)
    known = references(context, Kind.POST, [plan.wp_id for plan in plans])
    existing = Article.objects.in_bulk([pk for pk, _digest in known.values()])
    digests = {plan.wp_id: plan_fingerprint(plan) for plan in plans}
    to_write = []
    for plan in plans:
        pk, digest = known.get(plan.wp_id, (None, ""))
        if pk in existing and digest == digests[plan.wp_id]:
            # Unchanged in WordPress: left alone, with whatever was edited here since.
            outcome.unchanged[Kind.POST] += 1
        else:
            to_write.append((plan, existing.get(pk)))
    current = _current_relations([article.pk for _plan, article in to_write if article])
    slugs = _SlugBook([plan for plan, _article in to_write], existing)

    saved: list[tuple[PostPlan, Article]] = []
    created: list[Article] = []
    wanted_relations: list[tuple[Article, str, set[int]]] = []
    changed_relations: dict[str, list[int]] = defaultdict(list)
    for plan, article in to_write:
        is_new = article is None
        if is_new:
            article = Article()
        slug = slugs.free_slug(plan, article, outcome)
        values = {
            "title": plan.title,
            "slug": slug,
            "language": plan.language,
            "dateline": plan.dateline,
            "body": plan.body,
            "excerpt": plan.excerpt,
            "status": plan.status,
            "published_at": plan.published_at,
            "sticky": plan.sticky,
            "featured_image_id": plan.featured_image_id,
        }
        wanted = {
            "authors": set(plan.author_ids),
            "categories": set(plan.category_ids),
            "tags": set(plan.tag_ids),
        }
        relations_changed = [
            name for name, ids in wanted.items() if is_new or ids != current[name][article.pk]
        ]
        if is_new:
            for name, value in values.items():
                setattr(article, name, value)
            prepare_new_article(article, slugs)
            created.append(article)
            outcome.created[Kind.POST] += 1
        elif relations_changed or _fields_changed(article, values):
            for name, value in values.items():
                setattr(article, name, value)
            article.save()
            outcome.updated[Kind.POST] += 1
        else:
            outcome.unchanged[Kind.POST] += 1
        slugs.claimed.add((article.language, article.slug))
        for name in relations_changed:
            if not is_new:
                changed_relations[name].append(article.pk)
            wanted_relations.append((article, name, wanted[name]))
        saved.append((plan, article))

    Article.objects.bulk_create(created, batch_size=QUERY_CHUNK)
    for name, article_ids in changed_relations.items():
        getattr(Article, name).through.objects.filter(article_id__in=article_ids).delete()
    new_links: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article, name, ids in wanted_relations:
        new_links[name] += [(article.pk, pk) for pk in ids]
    for name, pairs in new_links.items():
        insert_links(getattr(Article, name).through, RELATIONS[name], pairs)
    outcome.article_ids = [article.pk for _plan, article in saved]
    outcome.redirects += save_redirects(_redirects(saved))
    save_references(
        context,
        Kind.POST,
        [(plan.wp_id, plan.wp_status, article.pk, digests[plan.wp_id]) for plan, article in saved],
    )
    return outcome


def plan_fingerprint(plan: PostPlan) -> str:
    return fingerprint(
        plan.wp_status,
        plan.title,
        plan.slug,
        plan.language,
        plan.dateline,
        plan.body,
        plan.excerpt,
        plan.status,
        plan.published_at,
        plan.sticky,
        plan.featured_image_id,
        sorted(plan.author_ids),
        sorted(plan.category_ids),
        sorted(plan.tag_ids),
        plan.old_paths,
    )


def prepare_new_article(article: Article, slugs: _SlugBook) -> None:
    """Do what ``Article.save()`` does before a first save, for ``bulk_create``.

    Keep in step with ``Article.save()``; the tests check that saving an imported article
    again changes nothing.
    """
    article.body = sanitize_html(article.body)
    article.summary = excerpt(article.body, article.excerpt, settings.NEWSDESK_EXCERPT_WORDS)
    if article.status == Article.Status.PUBLISHED and article.published_at is None:
        article.published_at = timezone.now()
    if not article.slug:
        slug = article.make_slug()
        if (article.language, slug) in slugs.claimed:  # by an article of this batch
            slug = unique_slug(slug, slugs.is_taken(article))
        article.slug = slug


def _fields_changed(article: Article, values: dict) -> bool:
    for name, value in values.items():
        if name == "body":
            value = sanitize_html(value)  # what save() would store
        if getattr(article, name) != value:
            return True
    return False


def _current_relations(article_ids: list[int]) -> dict[str, dict[int, set[int]]]:
    current: dict[str, dict[int, set[int]]] = {}
    for name, column in RELATIONS.items():
        links: dict[int, set[int]] = defaultdict(set)
        through = getattr(Article, name).through
        for chunk in chunks(article_ids):
            for article_id, other_id in through.objects.filter(article_id__in=chunk).values_list(
                "article_id", column
            ):
                links[article_id].add(other_id)
        current[name] = links
    return current


def _redirects(saved: list[tuple[PostPlan, Article]]) -> list[tuple[str, int, str]]:
    rows = []
    paths = _ArticlePaths()
    for plan, article in saved:
        new_path = paths.of(article)
        rows += [(path, article.pk, "") for path in plan.old_paths if path != new_path]
    return rows


class _ArticlePaths:
    """``article.get_absolute_url()`` for a batch of articles, one ``reverse()`` per language.

    reverse() costs more than anything else in planning a redirect; the article address
    differs from one article to the next by its slug only, so the reversed address of a
    placeholder slug serves as a pattern.
    """

    PLACEHOLDER = "slug-of-the-article"

    def __init__(self) -> None:
        self.patterns: dict[str, str] = {}

    def of(self, article: Article) -> str:
        pattern = self.patterns.get(article.language)
        if pattern is None:
            pattern = Article(slug=self.PLACEHOLDER, language=article.language).get_absolute_url()
            self.patterns[article.language] = pattern
        return pattern.replace(self.PLACEHOLDER, article.slug)


class _SlugBook:
    """Which slugs are taken, so that two articles of one language never share one.

    One query per batch for the slugs the batch asks for; a conflict (a Newsdesk article
    already has the slug, or two posts of the export map to it) gets ``-2``, ``-3``…
    """

    def __init__(self, plans: list[PostPlan], existing: dict[int, Article]) -> None:
        wanted = sorted({plan.slug for plan in plans if plan.slug})
        self.owner: dict[tuple[str, str], int] = {}
        for chunk in chunks(wanted):
            for language, slug, pk in Article.objects.filter(slug__in=chunk).values_list(
                "language", "slug", "pk"
            ):
                self.owner[(language, slug)] = pk
        self.claimed: set[tuple[str, str]] = set()

    def free_slug(self, plan: PostPlan, article: Article, outcome: Outcome) -> str:
        if not plan.slug:
            # No slug in WordPress (a draft): keep the one the article has, or let save() make one.
            return article.slug if article.pk else ""
        key = (plan.language, plan.slug)
        owner = self.owner.get(key)
        if key not in self.claimed and (owner is None or owner == article.pk):
            self.claimed.add(key)
            return plan.slug
        article.language = plan.language
        slug = unique_slug(plan.slug, self.is_taken(article))
        self.claimed.add((plan.language, slug))
        if slug != article.slug:
            outcome.problems.add(
                _("%(item)s: the address %(slug)r was taken; the article got %(new)r")
                % {"item": plan.description, "slug": plan.slug, "new": slug}
            )
        return slug

    def is_taken(self, article: Article):
        """A test for ``unique_slug``: is this slug used in the article's language?"""
        others = Article.objects.filter(language=article.language).exclude(pk=article.pk)

        def is_taken(slug: str) -> bool:
            return (article.language, slug) in self.claimed or others.filter(slug=slug).exists()

        return is_taken
