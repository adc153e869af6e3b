"""What the kill-safety and cross-engine backup tests run in a child process, on a site of its own.

The child is an ordinary Newsdesk process: the real settings (``newsdesk.settings``) with the
site's ``DATABASE_URL`` and ``NEWSDESK_DATA_DIR`` from the environment, started from the
repository root as ``python -m tests.core.site_child COMMAND``:

- ``save-loop``: writes articles the way the admin does (create with categories and a
  revision, publish, edit, unpublish, delete, each in its own transaction) until it is killed.
  It prints ``ready`` once Django is set up, so the test kills it in the middle of the loop.
- ``check [EXPECTED.json]``: prints, as JSON, the facts the tests assert on: counts, and the
  list of broken invariants (an incomplete article, an article its import reference or its
  search-index entry does not agree with, an orphaned reference or index entry).
- ``check-rerun EXPORT UPLOADS EXPECTED.json``: ``check``, then ``import_wordpress`` again
  (the same command, in this process), then ``check``; prints both.
- ``contents``: prints every article, picture and redirect of the site, as JSON.

The facts are computed here, where Django runs on the child's database; the assertions stay
in the test, which compares them with what they must be.
"""

import json
import os
import re
import sys

STORY = re.compile(r"^Story (\d+)\b")


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    import django

    django.setup()


# The save loop


def story_categories(number: int) -> list[str]:
    """The categories the save loop gives story ``number``: the check expects exactly these."""
    return [f"section-{number % 3}", f"desk-{number % 2}"]


def save_loop() -> None:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from newsdesk.news import workflow
    from newsdesk.news.models import Article, Category

    editor, _created = get_user_model().objects.get_or_create(
        username="kill-test-editor", defaults={"is_staff": True}
    )
    categories = {}
    for slug in {slug for number in range(6) for slug in story_categories(number)}:
        categories[slug], _created = Category.objects.get_or_create(
            slug=slug, defaults={"name": slug.title()}
        )
    print("ready", flush=True)
    number = Article.objects.count()
    while True:
        number += 1
        # Add: what the admin's add view does in its one transaction (save_model, save_related).
        with transaction.atomic():
            article = Article(
                title=f"Story {number} from the harbour",
                language="en",
                body=f"<p>First draft of story {number}, <b>bold</b> &amp; plain.</p>" * 3,
                status=Article.Status.DRAFT,
                created_by=editor,
            )
            article.save()
            article.categories.set([categories[slug] for slug in story_categories(number)])
            workflow.record_revision(article, editor)
        workflow.publish(article, by=editor)
        # Change: a new title and body, the slug kept (a renamed slug would add a redirect).
        with transaction.atomic():
            before = (article.status, article.published_at)
            article.title = f"Story {number} edited at the desk"
            article.body = f"<p>Edited story {number}.</p><script>alert(1)</script>" * 4
            article.excerpt = "" if number % 2 else f"A hand-written excerpt of story {number}."
            article.save()
            workflow.record_revision(article, editor)
            workflow.audit_publication_change(article, before, editor)
        if number % 5 == 0:
            workflow.unpublish(article, by=editor)
        if number % 3 == 0:
            with transaction.atomic():  # the admin's delete view
                workflow.audit_deletion(article, editor)
                article.delete()


# The invariants


def indexed_titles() -> dict[int, str]:
    """Every entry of the search index: article id -> the title it holds."""
    from django.db import connection

    table, column = {
        "sqlite": ("search_article_fts", "rowid"),
        "postgresql": ("search_document", "article_id"),
    }[connection.vendor]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column}, title FROM {table}")  # noqa: S608 - fixed names
        return dict(cursor.fetchall())


def indexed_form(title: str) -> str:
    """A title as the index stores it."""
    from django.db import connection

    from newsdesk.search.documents import searchable_text

    text = searchable_text(title)
    if connection.vendor == "postgresql":
        from newsdesk.search.postgres import guarded

        text = guarded(text)
    return text


def article_problems() -> list[str]:
    """What is wrong with the articles and the search index, whatever wrote them."""
    from django.conf import settings

    from newsdesk.core.html import sanitize_html
    from newsdesk.core.text import excerpt
    from newsdesk.news.models import Article

    problems = []
    titles = {}
    for article in Article.objects.order_by("pk"):
        name = f"article {article.pk}"
        titles[article.pk] = article.title
        if not article.title.strip() or not article.slug or not article.body.strip():
            problems.append(f"{name}: title, slug or body missing")
        if article.body != sanitize_html(article.body):
            problems.append(f"{name}: body not sanitised")
        if article.summary != excerpt(
            article.body, article.excerpt, settings.NEWSDESK_EXCERPT_WORDS
        ):
            problems.append(f"{name}: summary does not match the body")
        if article.status == Article.Status.PUBLISHED and article.published_at is None:
            problems.append(f"{name}: published with no publication time")
    indexed = indexed_titles()
    for pk in sorted(set(indexed) - set(titles)):
        problems.append(f"index entry {pk}: no such article (orphan)")
    for pk in sorted(set(titles) - set(indexed)):
        problems.append(f"article {pk}: missing from the search index")
    for pk in sorted(set(titles) & set(indexed)):
        if indexed[pk] != indexed_form(titles[pk]):
            problems.append(f"article {pk}: the index holds an old title {indexed[pk]!r}")
    return problems


def save_loop_problems() -> list[str]:
    """What the save loop's transactions promise: each save has its categories and revision."""
    from django.db.models import Max

    from newsdesk.news.models import Article, Revision

    problems = []
    latest = dict(
        Revision.objects.values("article").annotate(last=Max("pk")).values_list("article", "last")
    )
    revisions = Revision.objects.in_bulk(list(latest.values()))
    for article in Article.objects.prefetch_related("categories").order_by("pk"):
        match = STORY.match(article.title)
        if not match:
            problems.append(f"article {article.pk}: unexpected title {article.title!r}")
            continue
        slugs = sorted(category.slug for category in article.categories.all())
        if slugs != sorted(story_categories(int(match[1]))):
            problems.append(f"article {article.pk}: categories {slugs}")
        revision = revisions.get(latest.get(article.pk))
        if revision is None:
            problems.append(f"article {article.pk}: no revision")
        elif (revision.data["title"], revision.data["status"]) != (article.title, article.status):
            problems.append(f"article {article.pk}: its last revision is not its last save")
    return problems


def import_problems(expected: dict) -> tuple[dict, list[str]]:
    """Counts, and what disagrees with the export (``expected``: wp id -> title, slug, status,
    categories, as the test generated them)."""
    from django.core.files.storage import default_storage

    from newsdesk.images.models import Image
    from newsdesk.importers.models import ImportReference
    from newsdesk.news.models import Article

    posts = expected["posts"]
    problems = []
    articles = Article.objects.prefetch_related("categories").in_bulk()
    references = list(
        ImportReference.objects.filter(kind=ImportReference.Kind.POST).values_list(
            "wp_id", "article_id"
        )
    )
    seen: dict[str, int] = {}
    for wp_id, article_id in references:
        if wp_id in seen:
            problems.append(f"post {wp_id}: imported twice")
        seen[wp_id] = article_id
        if article_id not in articles:
            problems.append(f"post {wp_id}: its reference points at no article ({article_id})")
    for pk in sorted(set(articles) - set(seen.values())):
        problems.append(f"article {pk}: has no import reference")
    for wp_id, article_id in sorted(seen.items()):
        article, wanted = articles.get(article_id), posts.get(wp_id)
        if article is None:
            continue
        if wanted is None:
            problems.append(f"post {wp_id}: not in the export")
            continue
        found = {
            "title": article.title,
            "slug": article.slug,
            "status": article.status,
            "categories": sorted(category.slug for category in article.categories.all()),
            "token": f"token{wp_id}" in article.body,
        }
        want = {**{key: wanted[key] for key in ("title", "slug", "status")}, "token": True}
        want["categories"] = sorted(wanted["categories"])
        if found != want:
            problems.append(f"post {wp_id}: imported as {found}, expected {want}")
    attachments = list(
        ImportReference.objects.filter(kind=ImportReference.Kind.ATTACHMENT).values_list(
            "wp_id", "image_id"
        )
    )
    images = Image.objects.in_bulk()
    for wp_id, image_id in attachments:
        if image_id not in images:
            problems.append(f"attachment {wp_id}: its reference points at no image")
    for image in images.values():
        if not default_storage.exists(image.file.name):
            problems.append(f"image {image.pk}: its file {image.file.name} is missing")
    counts = {
        "articles": len(articles),
        "posts": len(seen),
        "images": len(images),
        "attachments": len(attachments),
    }
    return counts, problems


def check(expected_path: str | None = None) -> dict:
    facts = {"problems": article_problems()}
    if expected_path:
        with open(expected_path, encoding="utf-8") as handle:
            counts, problems = import_problems(json.load(handle))
        facts["counts"] = counts
        facts["problems"] += problems
    else:
        facts["problems"] += save_loop_problems()
        from newsdesk.news.models import Article

        facts["counts"] = {"articles": Article.objects.count()}
    return facts


def check_rerun(export: str, uploads: str, expected_path: str) -> dict:
    import io

    from django.core.management import call_command

    after_kill = check(expected_path)
    call_command("import_wordpress", export, "--uploads", uploads, stdout=io.StringIO())
    return {"after_kill": after_kill, "after_rerun": check(expected_path)}


# Contents, for comparing two sites


def contents() -> dict:
    """Every article (with its links), picture (with its file) and redirect, every column of
    each, in a form JSON keeps exactly; and which of the articles the search index holds."""
    from django.core.files.storage import default_storage

    from newsdesk.images.models import Image
    from newsdesk.news.models import Article, Author, Category, Redirect, Tag
    from newsdesk.search.services import indexed_article_ids

    def columns(instance, leave_out=()) -> dict:
        values = {}
        for field in type(instance)._meta.concrete_fields:
            if field.attname not in leave_out:
                value = getattr(instance, field.attname)
                values[field.attname] = value.isoformat() if hasattr(value, "isoformat") else value
        return values

    def file_bytes(name: str) -> str:
        with default_storage.open(name) as handle:
            return handle.read().hex()

    articles = list(
        Article.objects.select_related("created_by")
        .prefetch_related("authors", "categories", "tags")
        .order_by("pk")
    )
    return {
        "articles": [
            {
                # People by name, as a backup names them: their ids may differ.
                **columns(article, leave_out=("created_by_id",)),
                "created_by": article.created_by.get_username() if article.created_by else None,
                "authors": sorted(author.slug for author in article.authors.all()),
                "categories": sorted(category.slug for category in article.categories.all()),
                "tags": sorted(tag.slug for tag in article.tags.all()),
            }
            for article in articles
        ],
        "images": [
            {**columns(image), "bytes": file_bytes(image.file.name)}
            for image in Image.objects.order_by("pk")
        ],
        "redirects": [columns(redirect) for redirect in Redirect.objects.order_by("old_path")],
        "sections": {
            "authors": sorted(Author.objects.values_list("slug", "name")),
            "categories": sorted(Category.objects.values_list("slug", "name")),
            "tags": sorted(Tag.objects.values_list("slug", "name")),
        },
        "indexed": sorted(indexed_article_ids([article.pk for article in articles])),
    }


def main(argv: list[str]) -> None:
    command, *args = argv
    setup()
    if command == "save-loop":
        save_loop()
    elif command == "check":
        print(json.dumps(check(*args)))
    elif command == "check-rerun":
        print(json.dumps(check_rerun(*args)))
    elif command == "contents":
        print(json.dumps(contents(), default=str))
    else:
        sys.exit(f"Unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
