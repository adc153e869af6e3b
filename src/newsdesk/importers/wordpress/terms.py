"""Authors, categories (with their hierarchy) and tags, and the redirects for their archives.

They are written in bulk once the first pass has collected them from the channel and from
the posts. An existing Newsdesk category, tag or author with the same slug is taken over
rather than duplicated; two WordPress terms that would share a slug get ``-2``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _

from newsdesk.core.text import plain_text, slug_from_text, unique_slug
from newsdesk.importers.models import ImportReference
from newsdesk.importers.report import Outcome
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import term_name
from newsdesk.importers.wordpress.reader import Author as WPAuthor
from newsdesk.importers.wordpress.reader import Term
from newsdesk.importers.wordpress.writer import (
    chunks,
    fingerprint,
    references,
    save_redirects,
    save_references,
)
from newsdesk.news.models import Author, Category, Tag

Kind = ImportReference.Kind


@dataclass(slots=True)
class Wanted:
    """One object to have in Newsdesk: its WordPress id, preferred slug and field values."""

    wp_id: str
    slug: str
    values: dict
    parent: str = ""  # a category's parent, by WordPress slug


def import_terms(
    authors: dict[str, WPAuthor], terms: dict[tuple[str, str], Term], context: ImportContext
) -> Outcome:
    """Create or update every author, category and tag; fill the context's lookups."""
    outcome = Outcome()
    categories = [term for term in terms.values() if term.taxonomy == "category" and term.slug]
    tags = [term for term in terms.values() if term.taxonomy == "post_tag" and term.slug]
    for term in terms.values():
        if term.taxonomy not in ("category", "post_tag", "post_format", "nav_menu"):
            context.report.other_taxonomies[term.taxonomy] += 1

    wanted_authors = [_wanted_author(author) for author in authors.values()]
    author_objects, _unchanged = _sync(Author, Kind.AUTHOR, wanted_authors, context, outcome)
    context.authors = _ids(author_objects)
    category_objects, unchanged_categories = _sync(
        Category,
        Kind.CATEGORY,
        [_wanted_term(term, Category, description=True) for term in categories],
        context,
        outcome,
    )
    tag_objects, _unchanged = _sync(
        Tag, Kind.TAG, [_wanted_term(term, Tag) for term in tags], context, outcome
    )
    context.categories = _ids(category_objects)
    context.tags = _ids(tag_objects)
    # A category WordPress did not change keeps the parent it was given here since.
    changed = [term for term in categories if term.slug not in unchanged_categories]
    _set_parents(changed, categories, context, outcome)
    redirects = _archive_redirects(categories, category_objects, tags, tag_objects, context)
    outcome.redirects += save_redirects(redirects)
    return outcome


def _ids(objects: dict[str, models.Model]) -> dict[str, int]:
    return {wp_id: item.pk for wp_id, item in objects.items()}


def _wanted_author(author: WPAuthor) -> Wanted:
    full_name = f"{author.first_name} {author.last_name}".strip()
    name = term_name(author.display_name) or term_name(full_name) or author.login
    values = {"name": name[: Author._meta.get_field("name").max_length]}
    if author.bio:  # a WordPress export has no bios; only Newsdesk's own export carries them
        values["bio"] = author.bio
    return Wanted(author.login, slug_from_text(author.login) or slug_from_text(name), values)


def _wanted_term(term: Term, model: type[models.Model], description: bool = False) -> Wanted:
    name = term_name(term.name) or unquote(term.slug)
    values = {"name": name[: model._meta.get_field("name").max_length]}
    if description:
        values["description"] = plain_text(term.description).strip()
    # Terms are keyed by slug: posts name their terms by slug, and older exports have no ids.
    slug = slug_from_text(unquote(term.slug)) or slug_from_text(name)
    return Wanted(term.slug, slug, values, term.parent_slug)


def _sync(model, kind: str, wanted: list[Wanted], context: ImportContext, outcome: Outcome):
    """Make sure an object exists for each wanted one; returns WordPress id -> the object."""
    known = references(context, kind, [entry.wp_id for entry in wanted])
    objects = model.objects.in_bulk([pk for pk, _digest in known.values()])
    by_slug = {}
    for chunk in chunks(sorted({entry.slug for entry in wanted if entry.slug})):
        by_slug.update((item.slug, item) for item in model.objects.filter(slug__in=chunk))
    taken_ids = {pk for pk, _digest in known.values()}
    claimed_slugs: set[str] = set()
    to_create, to_update, unchanged = [], [], set()
    ids: dict[str, models.Model] = {}
    digests = {
        entry.wp_id: fingerprint(entry.slug, sorted(entry.values.items()), entry.parent)
        for entry in wanted
    }
    for entry in wanted:
        pk, digest = known.get(entry.wp_id, (None, ""))
        item = objects.get(pk)
        if item is not None and digest == digests[entry.wp_id]:
            # Unchanged in WordPress: left as it is here, edits included.
            outcome.unchanged[kind] += 1
            unchanged.add(entry.wp_id)
            taken_ids.add(item.pk)
            claimed_slugs.add(item.slug)
            ids[entry.wp_id] = item
            continue
        if item is None:
            item = by_slug.get(entry.slug)
            if item is not None and (item.pk in taken_ids or entry.slug in claimed_slugs):
                item = None  # that slug belongs to another WordPress object of this import
        if item is None:
            slug = unique_slug(
                entry.slug or kind,
                lambda slug: slug in claimed_slugs or model.objects.filter(slug=slug).exists(),
            )
            item = model(slug=slug, **entry.values)
            to_create.append(item)
            outcome.created[kind] += 1
        else:
            taken_ids.add(item.pk)
            if any(getattr(item, name) != value for name, value in entry.values.items()):
                for name, value in entry.values.items():
                    setattr(item, name, value)
                to_update.append(item)
                outcome.updated[kind] += 1
            else:
                outcome.unchanged[kind] += 1
        claimed_slugs.add(item.slug)
        ids[entry.wp_id] = item
    model.objects.bulk_create(to_create, batch_size=500)
    fields = sorted({name for entry in wanted for name in entry.values})
    if to_update:
        model.objects.bulk_update(to_update, fields, batch_size=500)
    save_references(
        context, kind, [(wp_id, "", item.pk, digests[wp_id]) for wp_id, item in ids.items()]
    )
    return ids, unchanged


def _set_parents(changed: list[Term], categories: list[Term], context, outcome) -> None:
    """Give the ``changed`` categories the parents WordPress gives them."""
    parent_of = {term.slug: term.parent_slug for term in categories if term.parent_slug}
    wanted: dict[int, int | None] = {}
    for term in changed:
        parent = parent_of.get(term.slug)
        if parent and _loops(term.slug, parent_of):
            outcome.problems.add(
                _(
                    "category %(slug)s: its parent %(parent)s is also its descendant; left at the top"
                )
                % {"slug": term.slug, "parent": parent}
            )
            parent = None
        if parent and parent not in context.categories:
            outcome.problems.add(
                _("category %(slug)s: its parent %(parent)s is not in the export")
                % {"slug": term.slug, "parent": parent}
            )
            parent = None
        wanted[context.categories[term.slug]] = context.categories[parent] if parent else None
    changed = [
        Category(pk=pk, parent_id=wanted[pk])
        for pk, parent_id in Category.objects.filter(pk__in=list(wanted)).values_list(
            "pk", "parent_id"
        )
        if parent_id != wanted[pk]
    ]
    Category.objects.bulk_update(changed, ["parent"], batch_size=500)


def _loops(slug: str, parent_of: dict[str, str]) -> bool:
    seen = {slug}
    current = parent_of.get(slug)
    while current:
        if current in seen:
            return True
        seen.add(current)
        current = parent_of.get(current)
    return False


def _archive_redirects(categories, category_objects, tags, tag_objects, context) -> list[tuple]:
    """/category/<parent>/<child>/ (and /category/<child>/, which WordPress answers too) and
    /tag/<slug>/ lead to the Newsdesk archives."""
    rows = []
    parent_of = {term.slug: term.parent_slug for term in categories if term.parent_slug}
    with translation.override(context.language):
        for term in categories:
            new_path = category_objects[term.slug].get_absolute_url()
            chain = [term.slug]
            while parent_of.get(chain[0]) and parent_of[chain[0]] not in chain and len(chain) < 20:
                chain.insert(0, parent_of[chain[0]])
            for parts in {tuple(chain), (term.slug,)}:
                old_path = f"{context.blog_path}/category/{'/'.join(unquote(p) for p in parts)}/"
                if old_path != new_path:
                    rows.append((old_path, None, new_path))
        for term in tags:
            new_path = tag_objects[term.slug].get_absolute_url()
            old_path = f"{context.blog_path}/tag/{unquote(term.slug)}/"
            if old_path != new_path:
                rows.append((old_path, None, new_path))
    return rows
