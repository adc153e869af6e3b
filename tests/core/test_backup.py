"""Backup and restore: a site goes into one file and comes back whole."""

import datetime
import json
import tarfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from PIL import Image as PILImage

from newsdesk.images.models import Image
from newsdesk.news.models import Article, Author, Category, Redirect, Tag
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db(transaction=True)


def site_contents() -> dict:
    return {
        "articles": sorted(
            Article.objects.values_list(
                "id", "title", "slug", "language", "body", "summary", "status", "published_at",
                "featured_image_id", "translation_source_id",
            )
        ),
        "links": sorted(
            (a.pk, tuple(sorted(a.authors.values_list("slug", flat=True))),
             tuple(sorted(a.categories.values_list("slug", flat=True))),
             tuple(sorted(a.tags.values_list("slug", flat=True))))
            for a in Article.objects.all()
        ),
        "images": sorted(Image.objects.values_list("id", "file", "alt_text", "width", "height")),
        "redirects": sorted(Redirect.objects.values_list("old_path", "article_id", "new_path")),
        "sections": (Author.objects.count(), Category.objects.count(), Tag.objects.count()),
    }  # fmt: skip


def test_round_trip_keeps_every_article_image_and_redirect(tmp_path, media_root):
    image = ImageFactory(alt_text="Nets")
    first = ArticleFactory(
        title="Haliéus grows", featured_image=image, authors=[AuthorFactory()],
        categories=[CategoryFactory()], tags=[TagFactory()],
    )  # fmt: skip
    first.slug = "renamed"
    first.save()
    ArticleFactory(title="Bozza", language="it", status=Article.Status.DRAFT)
    before = site_contents()
    picture = (media_root / image.file.name).read_bytes()

    call_command("backup", str(tmp_path / "site.tar.gz"))
    with tarfile.open(tmp_path / "site.tar.gz") as archive:
        names = archive.getnames()
    assert names[:2] == ["manifest.json", "data.json"]
    assert f"media/{image.file.name}" in names

    call_command("flush", interactive=False)
    for path in media_root.rglob("*"):
        if path.is_file():
            path.unlink()
    assert not Article.objects.exists()

    call_command("restore", str(tmp_path / "site.tar.gz"))
    assert site_contents() == before
    assert (media_root / image.file.name).read_bytes() == picture
    # The site works and new content gets fresh ids.
    assert ArticleFactory().pk > max(a for a, *_ in before["articles"])


def test_restore_refuses_a_site_with_content(tmp_path):
    ArticleFactory()
    call_command("backup", str(tmp_path / "site.tar.gz"))
    with pytest.raises(CommandError, match="already has articles"):
        call_command("restore", str(tmp_path / "site.tar.gz"))


def test_restore_explains_bad_files(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(CommandError, match="is not a Newsdesk backup"):
        call_command("restore", str(tmp_path / "notes.txt"))
    with pytest.raises(CommandError, match="There is no file at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))


def test_backup_into_a_folder_is_refused(tmp_path):
    with pytest.raises(CommandError, match="is a folder"):
        call_command("backup", str(tmp_path))


def test_a_backup_restores_on_the_other_engine(tmp_path, media_root):
    """Backed up here (SQLite in the default run, PostgreSQL in the PostgreSQL run) and
    restored with ``newsdesk restore`` on the other engine, in a child process on a site of
    its own: every article, picture and redirect comes back the same, column by column."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from tests.core.site_child import contents
    from tests.core.sites import CHILD, NEWSDESK, Sites, require_postgres, run

    if connection.vendor == "sqlite":
        target = Sites("postgresql", tmp_path / "target", require_postgres())
    else:
        target = Sites("sqlite", tmp_path / "target")
    editor = get_user_model().objects.create_user("editor", password="x")
    image = ImageFactory(alt_text="Nets at dawn, “quoted” & accented: Haliéus")
    PILImage.new("RGBA", (30, 20), (200, 10, 10, 128)).save(media_root / "red.png")
    small = Image.objects.create(file="red.png", alt_text="A red square")
    sections = {"authors": [AuthorFactory(name="Zoë")], "categories": [CategoryFactory()]}
    first = ArticleFactory(
        title="Haliéus grows 🐟", featured_image=image, created_by=editor,
        body="<p>Fish &amp; chips <strong>today</strong>, 名前 and ünïcode.</p>" * 40,
        published_at=timezone.now().replace(microsecond=123456),
        tags=[TagFactory(), TagFactory()], **sections,
    )  # fmt: skip
    first.slug = "renamed"
    first.save()  # a redirect from its old address
    ArticleFactory(
        title="Bozza", language="it", status=Article.Status.DRAFT, published_at=None,
        translation_source=first, featured_image=small, excerpt="Un riassunto scritto a mano.",
    )  # fmt: skip
    ArticleFactory(title="Scheduled", published_at=timezone.now() + datetime.timedelta(days=3))
    Redirect.objects.create(old_path="/old/page/", new_path="https://example.org/elsewhere")
    before = json.loads(json.dumps(contents(), default=str))
    assert len(before["articles"]) == 3 and len(before["images"]) == 2
    assert len(before["redirects"]) == 2
    call_command("backup", str(tmp_path / "site.tar.gz"))

    try:
        target.prepare()
        _data_dir, env = target.new()
        run(NEWSDESK + ["restore", str(tmp_path / "site.tar.gz")], env)
        after = json.loads(run(CHILD + ["contents"], env))
    finally:
        target.drop_all()
    assert after == before
    assert after["indexed"] == [article["id"] for article in after["articles"]]
