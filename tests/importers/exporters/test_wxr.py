"""The WordPress export: a WXR 1.2 file WordPress takes, and that imports back unchanged."""

import datetime
import io

import pytest
from defusedxml import ElementTree

from newsdesk.images.models import Image
from newsdesk.importers.exporters.wxr import export_wordpress, wordpress_status
from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.importer import import_wordpress
from newsdesk.news.models import Article, Author, Category, Redirect, Tag
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
WP = "{http://wordpress.org/export/1.2/}"
BASE_URL = "https://news.example.org"


def newsroom() -> dict:
    """A bit of everything an article can hold."""
    anna = AuthorFactory(name="Anna Bianchi", slug="anna", bio="Writes about the sea.")
    marco = AuthorFactory(name="Marco & Co", slug="marco")
    world = CategoryFactory(
        name="World & Sea", slug="world", description="Everything <b>not</b> local"
    )
    europe = CategoryFactory(name="Europe", slug="europe", parent=world)
    fish, coop = (
        TagFactory(name="Fish & chips", slug="fish"),
        TagFactory(name="Co-op", slug="co-op"),
    )
    photo = ImageFactory(title="Harbour", alt_text="Boats & nets", caption="At dawn", credit="Luca")
    ImageFactory(alt_text="", decorative=True)
    main = ArticleFactory(
        title="Nets < boats & more",
        slug="harbour",
        dateline="Porto Lungo",
        body=f'<p>Look:\n<img src="{photo.file.url}" alt="Boats"> and <a href="/news/other/">more</a>.</p>',
        excerpt="Fish & chips, by hand.",
        published_at=datetime.datetime(2024, 7, 1, 8, 0, 5, tzinfo=UTC),
        sticky=True,
        featured_image=photo,
        authors=[anna, marco],
        categories=[world, europe],
        tags=[fish, coop],
    )
    ArticleFactory(
        title="",
        slug="untitled-draft",
        body="<p>Draft words.</p>",
        status="draft",
        published_at=None,
    )
    ArticleFactory(
        title="In review",
        status="review",
        published_at=datetime.datetime(2024, 7, 2, tzinfo=UTC),
        authors=[marco],
    )
    ArticleFactory(
        title="Next year", published_at=datetime.datetime(2099, 1, 1, 9, 0, tzinfo=UTC), tags=[fish]
    )
    ArticleFactory(
        title="Il porto",
        slug="harbour",
        language="it",
        published_at=datetime.datetime(2024, 7, 3, tzinfo=UTC),
    )
    private = ArticleFactory(
        title="Board minutes",
        status="draft",
        published_at=datetime.datetime(2024, 7, 4, tzinfo=UTC),
    )
    ImportReference.objects.create(
        source="https://old.example", kind="post", wp_id="105", wp_status="private", article=private
    )
    return {"main": main}


ARTICLE_FIELDS = (
    "title slug language dateline body excerpt summary status published_at sticky".split()
)
IMAGE_FIELDS = "title alt_text caption credit decorative width height".split()


def snapshot() -> dict:
    """Every field of every article, with what hangs off it by natural key."""
    articles = {}
    for article in Article.objects.all():
        image = article.featured_image
        articles[(article.language, article.slug)] = {
            "fields": {name: getattr(article, name) for name in ARTICLE_FIELDS},
            "image": image
            and {
                "file": (image.file.name, image.file.read()),
                **{name: getattr(image, name) for name in IMAGE_FIELDS},
            },
            "authors": sorted(article.authors.values_list("name", "slug", "bio")),
            "categories": sorted(
                article.categories.values_list("name", "slug", "description", "parent__slug")
            ),
            "tags": sorted(article.tags.values_list("name", "slug")),
        }
    images = sorted(Image.objects.values_list("file", *IMAGE_FIELDS))
    return {"articles": articles, "images": images}


def test_importing_an_export_into_an_empty_site_gives_the_same_articles(
    settings, media_root, tmp_path
):
    newsroom()
    before = snapshot()
    export = tmp_path / "export.xml"
    with export.open("w", encoding="utf-8") as out:
        counts = export_wordpress(out, base_url="http://127.0.0.1:8000")
    assert (counts.articles, counts.images, counts.authors, counts.categories, counts.tags) == (
        6,
        2,
        2,
        2,
        2,
    )

    for model in (ImportReference, Redirect, Article, Image, Author, Category, Tag):
        model.objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "new-media"
    report = import_wordpress(export, uploads=media_root)

    assert (report.problems.count, report.missing_files.count, report.unresolved_uploads.count) == (
        0,
        0,
        0,
    )
    after = snapshot()
    assert after == before
    # The private post is a draft here, and WordPress will get it back as private.
    assert ImportReference.objects.get(article__title="Board minutes").wp_status == "private"


def parse(text: str):
    return ElementTree.fromstring(text.encode())


def test_the_file_is_wxr_1_2_with_the_namespaces_wordpress_expects(media_root):
    newsroom()
    out = io.StringIO()
    export_wordpress(out, base_url=BASE_URL)
    text = out.getvalue()
    for declaration in (
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        'xmlns:dc="http://purl.org/dc/elements/1.1/"',
        'xmlns:wp="http://wordpress.org/export/1.2/"',
    ):
        assert declaration in text
    channel = parse(text).find("channel")
    assert [channel.findtext(f"{WP}{name}") for name in ("wxr_version", "base_site_url")] == [
        "1.2",
        BASE_URL,
    ]
    categories = [
        (c.findtext(f"{WP}category_nicename"), c.findtext(f"{WP}category_parent"))
        for c in channel.findall(f"{WP}category")
    ]
    assert categories == [("world", ""), ("europe", "world")]
    items = channel.findall("item")
    assert [(i.findtext(f"{WP}post_type"), i.findtext(f"{WP}status")) for i in items] == [
        ("attachment", "inherit"),
        ("attachment", "inherit"),
        ("post", "publish"),
        ("post", "draft"),
        ("post", "pending"),
        ("post", "future"),
        ("post", "publish"),
        ("post", "private"),
    ]
    photo = Image.objects.get(title="Harbour")
    assert items[0].findtext(f"{WP}attachment_url") == f"{BASE_URL}/media/{photo.file.name}"
    main = items[2]
    meta = {
        m.findtext(f"{WP}meta_key"): m.findtext(f"{WP}meta_value")
        for m in main.findall(f"{WP}postmeta")
    }
    assert meta == {
        "_thumbnail_id": str(Article.objects.order_by("-pk").first().pk + photo.pk),
        "_newsdesk_language": "en",
        "_newsdesk_dateline": "Porto Lungo",
        "_newsdesk_authors": "anna,marco",
    }
    assert main.findtext("link") == f"{BASE_URL}/news/harbour/"
    assert main.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") == (
        f'<!-- wp:html -->\n<p>Look:\n<img src="{BASE_URL}/media/{photo.file.name}" alt="Boats"> '
        'and <a href="/news/other/" rel="noopener noreferrer">more</a>.</p>\n<!-- /wp:html -->'
    )
    assert [(c.get("domain"), c.get("nicename"), c.text) for c in main.findall("category")] == [
        ("category", "europe", "Europe"),
        ("category", "world", "World &amp; Sea"),
        ("post_tag", "co-op", "Co-op"),
        ("post_tag", "fish", "Fish &amp; chips"),
    ]
    assert (main.findtext(f"{WP}post_date"), main.findtext(f"{WP}post_date_gmt")) == (
        "2024-07-01 10:00:05",
        "2024-07-01 08:00:05",
    )


def test_text_that_would_end_a_cdata_section_survives(media_root):
    ArticleFactory(title="A ]]> B", body="<p>x ]]&gt; y</p>")
    out = io.StringIO()
    export_wordpress(out, base_url=BASE_URL)
    item = parse(out.getvalue()).find("channel/item")
    assert item.findtext("title") == "A ]]&gt; B"


@pytest.mark.parametrize(
    ("status", "published_at", "original", "expected"),
    [
        ("published", datetime.datetime(2024, 1, 1, tzinfo=UTC), "", "publish"),
        ("published", datetime.datetime(2099, 1, 1, tzinfo=UTC), "", "future"),
        ("review", None, "", "pending"),
        ("draft", None, "", "draft"),
        ("draft", None, "private", "private"),
        ("published", datetime.datetime(2024, 1, 1, tzinfo=UTC), "private", "publish"),
        ("draft", None, "publish", "draft"),
    ],
)
def test_wordpress_status(status, published_at, original, expected):
    article = Article(status=status, published_at=published_at)
    assert wordpress_status(article, original) == expected
