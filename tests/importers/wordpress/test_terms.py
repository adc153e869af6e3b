"""Authors, categories with their hierarchy, tags, and the redirects of their archives."""

import zoneinfo

import pytest

from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.reader import Author as WPAuthor
from newsdesk.importers.wordpress.reader import Term
from newsdesk.importers.wordpress.terms import import_terms
from newsdesk.news.models import Author, Category, Redirect, Tag
from tests.factories import AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def run_context(language: str = "en") -> ImportContext:
    return ImportContext(
        language=language, time_zone=zoneinfo.ZoneInfo("Europe/Rome"), source="https://old.example"
    )


AUTHORS = {
    "anna": WPAuthor(login="anna", display_name="Anna Bianchi"),
    "marco.r": WPAuthor(login="marco.r", first_name="Marco", last_name="Rossi"),
    "solo": WPAuthor(login="solo"),
}
TERMS = {
    ("category", "world"): Term(
        "category", "world", "World &amp; Sea", "2", "", "News from <em>everywhere</em>"
    ),
    ("category", "italia"): Term("category", "italia", "Italia", "4", "europe"),
    ("category", "europe"): Term("category", "europe", "Europe", "3", "world"),
    ("post_tag", "fish"): Term("post_tag", "fish", "Fish", "5"),
    ("post_tag", "caf%c3%a9"): Term("post_tag", "caf%c3%a9", "Caf\u00e9", "6"),
    ("nav_menu", "main"): Term("nav_menu", "main", "Main", "7"),
    ("series", "summer"): Term("series", "summer", "Summer", "8"),
}


def test_authors_categories_with_parents_and_tags_are_created():
    run = run_context()
    outcome = import_terms(AUTHORS, TERMS, run)
    assert list(Author.objects.values_list("slug", "name")) == [
        ("anna", "Anna Bianchi"),
        ("marcor", "Marco Rossi"),
        ("solo", "solo"),
    ]
    assert sorted(Category.objects.values_list("slug", "name", "parent__slug", "description")) == [
        ("europe", "Europe", "world", ""),
        ("italia", "Italia", "europe", ""),
        ("world", "World & Sea", None, "News from everywhere"),
    ]
    assert sorted(Tag.objects.values_list("slug", "name")) == [
        ("cafe", "Caf\u00e9"),
        ("fish", "Fish"),
    ]
    assert run.categories == {
        slug: Category.objects.get(slug=slug).pk for slug in ("world", "italia", "europe")
    }
    assert run.tags == {
        "fish": Tag.objects.get(slug="fish").pk,
        "caf%c3%a9": Tag.objects.get(slug="cafe").pk,
    }
    assert run.authors["marco.r"] == Author.objects.get(slug="marcor").pk
    assert (outcome.created["category"], outcome.created["tag"], outcome.created["author"]) == (
        3,
        2,
        3,
    )
    assert run.report.other_taxonomies == {"series": 1}
    assert ImportReference.objects.count() == 8


def test_archive_addresses_redirect_to_the_new_archives():
    import_terms({}, TERMS, run_context())
    assert list(Redirect.objects.values_list("old_path", "new_path")) == [
        ("/category/europe/", "/news/category/europe/"),
        ("/category/italia/", "/news/category/italia/"),
        ("/category/world/", "/news/category/world/"),
        ("/category/world/europe/", "/news/category/europe/"),
        ("/category/world/europe/italia/", "/news/category/italia/"),
        ("/tag/caf\u00e9/", "/news/tag/cafe/"),
        ("/tag/fish/", "/news/tag/fish/"),
    ]


def test_archives_of_another_language_and_a_blog_in_a_subfolder():
    run = run_context("it")
    run.blog_path = "/blog"
    import_terms({}, {("post_tag", "fish"): TERMS[("post_tag", "fish")]}, run)
    assert list(Redirect.objects.values_list("old_path", "new_path")) == [
        ("/blog/tag/fish/", "/it/news/tag/fish/")
    ]


def test_importing_again_updates_without_duplicates():
    import_terms(AUTHORS, TERMS, run_context())
    renamed = {**TERMS, ("category", "world"): Term("category", "world", "The World", "2")}
    outcome = import_terms(AUTHORS, renamed, run_context())
    assert (Category.objects.count(), Tag.objects.count(), Author.objects.count()) == (3, 2, 3)
    assert Category.objects.get(slug="world").name == "The World"
    assert (
        outcome.updated["category"],
        outcome.unchanged["category"],
        outcome.created["category"],
    ) == (1, 2, 0)


def test_existing_newsdesk_objects_with_the_same_slug_are_taken_over():
    category = CategoryFactory(slug="world", name="World")
    author = AuthorFactory(slug="anna", name="Anna", bio="Editor since 2019.")
    run = run_context()
    import_terms(
        {"anna": AUTHORS["anna"]}, {("category", "world"): TERMS[("category", "world")]}, run
    )
    assert (Category.objects.count(), Author.objects.count()) == (1, 1)
    assert (run.categories["world"], run.authors["anna"]) == (category.pk, author.pk)
    author.refresh_from_db()
    assert (author.name, author.bio) == (
        "Anna Bianchi",
        "Editor since 2019.",
    )  # WordPress has no bios


def test_two_terms_that_make_the_same_slug_get_different_ones():
    terms = {
        ("category", "caf%c3%a9"): Term("category", "caf%c3%a9", "Caf\u00e9"),
        ("category", "cafe"): Term("category", "cafe", "Cafe"),
    }
    run = run_context()
    import_terms({}, terms, run)
    assert sorted(Category.objects.values_list("slug", "name")) == [
        ("cafe", "Caf\u00e9"),
        ("cafe-2", "Cafe"),
    ]


def test_a_loop_in_the_hierarchy_is_broken_and_reported():
    terms = {
        ("category", "a"): Term("category", "a", "A", parent_slug="b"),
        ("category", "b"): Term("category", "b", "B", parent_slug="a"),
        ("category", "c"): Term("category", "c", "C", parent_slug="gone"),
    }
    outcome = import_terms({}, terms, run_context())
    assert list(Category.objects.values_list("slug", "parent")) == [
        ("a", None),
        ("b", None),
        ("c", None),
    ]
    assert outcome.problems.lines == [
        "category a: its parent b is also its descendant; left at the top",
        "category b: its parent a is also its descendant; left at the top",
        "category c: its parent gone is not in the export",
    ]


def test_edits_made_here_stay_until_wordpress_changes_the_term():
    import_terms({}, TERMS, run_context())
    Category.objects.filter(slug="europe").update(name="Europa", parent=None)
    outcome = import_terms({}, TERMS, run_context())
    assert outcome.updated["category"] == 0
    assert Category.objects.values_list("name", "parent").get(slug="europe") == ("Europa", None)
    moved = {**TERMS, ("category", "europe"): Term("category", "europe", "Europe", "3", "")}
    import_terms({}, moved, run_context())
    assert Category.objects.values_list("name", "parent").get(slug="europe") == ("Europe", None)
