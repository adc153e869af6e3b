"""A whole import: the newsroom fixture end to end, reruns, dry runs and broken input."""

import datetime
import html
import os
import re

import pytest

from newsdesk.images.models import Image
from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.importer import ImportFailed, import_wordpress
from newsdesk.news.models import Article, Author, Category, Redirect, Tag
from tests.importers.builders import NEWSROOM, SMALL_1_1, attachment, item, write, wxr

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def articles() -> dict[str, Article]:
    return {
        reference.wp_id: reference.article
        for reference in ImportReference.objects.filter(kind="post").select_related("article")
    }


class TestNewsroom:
    @pytest.fixture
    def report(self, uploads):
        return import_wordpress(NEWSROOM, uploads=uploads)

    def test_the_report_counts_each_type_and_status_and_says_what_was_left_out(self, report):
        assert report.as_text() == "\n".join(
            [
                "WordPress import of https://old.example (WXR 1.2)",
                "",
                "Read from the export:",
                "  attachment: 3 (inherit 3)",
                "  nav_menu_item: 1 (publish 1)",
                "  page: 1 (publish 1)",
                "  post: 11 (draft 1, future 1, pending 1, private 1, publish 6, trash 1)",
                "  revision: 1 (inherit 1)",
                "  comments: 3",
                "",
                "Saved in Newsdesk:",
                "  attachment: 1 created, 0 updated, 0 unchanged",
                "  author: 2 created, 0 updated, 0 unchanged",
                "  category: 4 created, 0 updated, 0 unchanged",
                "  post: 10 created, 0 updated, 0 unchanged",
                "  tag: 2 created, 0 updated, 0 unchanged",
                "  old addresses redirected: 25",
                "",
                "Skipped (3):",
                "  post 108 \u201cOld mistake\u201d: in the trash",
                "  page 109 \u201cAbout us\u201d: pages are not imported (Newsdesk has no pages)",
                "  3 comments: Newsdesk has no comments",
                "",
                "Ignored (not content): nav_menu_item 1, revision 1",
                "",
                "Missing image files (2):",
                "  attachment 202 \u201cLost picture\u201d: 2024/07/lost.jpg is not in the uploads folder",
                "  post 110 \u201cPictures of the new quay\u201d: imported without its featured image "
                "(attachment 202: 2024/07/lost.jpg is not in the uploads folder)",
                "",
                "Refused image files (1):",
                "  attachment 203 \u201cSneaky\u201d: the path '../../etc/passwd' leads outside the "
                "uploads folder; refused",
                "",
                "Links to old uploads left pointing at the old site (1):",
                "  post 110 \u201cPictures of the new quay\u201d: 2024/07/statute.pdf",
                "",
                "Shortcodes removed (their enclosed text kept): [contact-form-7] 1, [gallery] 1",
                "",
                "Problems (1):",
                "  post 112 \u201cA date that is not one\u201d: '2024-13-45 25:61:00' is not a date; "
                "imported as a draft without a date",
                "",
            ]
        )

    def test_statuses_dates_and_flags(self, report):
        found = {
            wp_id: (article.status, article.published_at, article.sticky)
            for wp_id, article in articles().items()
        }
        assert found == {
            "101": ("published", datetime.datetime(2024, 7, 1, 8, 0, tzinfo=UTC), True),
            "102": ("published", datetime.datetime(2024, 7, 2, 9, 0, tzinfo=UTC), False),
            "103": ("published", datetime.datetime(2024, 7, 3, 10, 0, tzinfo=UTC), False),
            "104": ("published", datetime.datetime(2099, 1, 10, 9, 0, tzinfo=UTC), False),
            "105": ("draft", datetime.datetime(2024, 7, 4, 7, 0, tzinfo=UTC), False),
            # No GMT date (a draft): the local date, in Europe/Rome.
            "106": ("draft", datetime.datetime(2024, 7, 5, 8, 30, tzinfo=UTC), False),
            "107": ("review", datetime.datetime(2024, 7, 6, 8, 0, tzinfo=UTC), False),
            "110": ("published", datetime.datetime(2024, 7, 8, 8, 0, tzinfo=UTC), False),
            "111": ("published", datetime.datetime(2024, 7, 9, 8, 0, tzinfo=UTC), False),
            "112": ("draft", None, False),
        }
        assert ImportReference.objects.get(kind="post", wp_id="105").wp_status == "private"

    def test_titles_slugs_excerpts_and_bodies(self, report):
        found = articles()
        assert [(found[i].title, found[i].slug) for i in ("101", "102", "103", "106")] == [
            ("Harbour reopens", "harbour-reopens"),
            ("", "102-article"),
            ("Fish & chips at the festival", "fish-chips-festival"),
            ("Draft about the market", "draft-about-the-market"),
        ]
        assert found["103"].excerpt == "A short summary &amp; more."
        assert found["101"].body == (
            "<p>The harbour of Porto Lungo reopened on Monday after three months of works.&nbsp;"
            "Fishermen welcomed the news.</p>\n<p>The cooperative, founded in 1978, counts 120 "
            "members &amp; their families. Its boats go out every night<br>\nand come back at dawn "
            "with the catch.</p>\n<p>The mayor thanked the workers, the divers and the volunteers "
            "who cleaned the quay, and promised that the market will open again next week.</p>"
        )
        assert found["110"].body == (
            '<figure><a href="/media/images/2024/07/harbour.jpg" rel="noopener noreferrer"><img '
            'src="/media/images/2024/07/harbour.jpg" alt="Boats in the harbour" width="300" '
            'height="200"></a><figcaption>The harbour at dawn</figcaption></figure>\n'
            "<p>The new quay is ready.</p>\n<p>Write to us: see the <a "
            'href="http://old.example/wp-content/uploads/2024/07/statute.pdf" '
            'rel="noopener noreferrer">statute</a>.</p>'
        )
        assert found["111"].body == (
            "<p>A paragraph from the block editor.</p>\n\n\n\n"
            '<figure><img src="/media/images/2024/07/harbour.jpg" alt=""></figure>'
        )

    def test_authors_categories_tags_and_the_featured_image(self, report):
        post = articles()["101"]
        assert (list(post.authors.values_list("name", flat=True)), list(post.categories.all())) == (
            ["Anna Bianchi"],
            [Category.objects.get(slug="italia")],
        )
        assert sorted(post.tags.values_list("name", flat=True)) == ["Co-op & friends", "Fish"]
        assert list(articles()["102"].authors.values_list("name", flat=True)) == ["Marco Rossi"]
        assert sorted(Category.objects.values_list("slug", "parent__slug")) == [
            ("europe", "world"),
            ("italia", "europe"),
            ("uncategorized", None),
            ("world", None),
        ]
        image = post.featured_image
        assert (image.alt_text, image.caption, image.title, image.width, image.file.name) == (
            "Boats in the harbour & the quay",
            "The harbour at dawn",
            "Boats in the harbour",
            600,
            "images/2024/07/harbour.jpg",
        )
        assert articles()["110"].featured_image is None

    def test_the_listing_shows_the_excerpts_wordpress_shows(self, report, client):
        page = client.get("/news/").content.decode()
        cards = re.findall(
            r'<h2 class="card__title[^"]*"><a href="([^"]+)">(.*?)</a></h2>.*?'
            r'<p class="card__excerpt">(.*?)</p>',
            page,
            re.S,
        )
        shown = [
            (href, html.unescape(title), html.unescape(summary)) for href, title, summary in cards
        ]
        # Worked out by hand with WordPress's rule: tags stripped, split on spaces, tabs and
        # line breaks only (the no-break space after "works." joins two words), 50 words kept.
        assert [entry for entry in shown if entry[0] != "/news/new-quay/"] == [
            (
                "/news/block-editor/",
                "Written in the block editor",
                "A paragraph from the block editor.",
            ),
            (
                "/news/fish-chips-festival/",
                "Fish & chips at the festival",
                "A short summary & more.",
            ),
            ("/news/102-article/", "Nets are drying on the quay.", "Nets are drying on the quay."),
            (
                "/news/harbour-reopens/",
                "Harbour reopens",
                "The harbour of Porto Lungo reopened on Monday after three months of "
                "works.\u00a0Fishermen welcomed the news. The cooperative, founded in 1978, counts "
                "120 members & their families. Its boats go out every night and come back at "
                "dawn with the catch. The mayor thanked the workers, the divers and the [\u2026]",
            ),
        ]

    def test_a_captioned_picture_stays_out_of_the_excerpt_as_in_wordpress(self, report):
        assert articles()["110"].summary == "The new quay is ready. Write to us: see the statute."

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ("/2024/07/harbour-reopens/", "/news/harbour-reopens/"),
            ("/?p=101", "/news/harbour-reopens/"),
            ("/2024/07/102/", "/news/102-article/"),
            ("/category/world/europe/italia/", "/news/category/italia/"),
            ("/category/italia/", "/news/category/italia/"),
            ("/tag/co-op/", "/news/tag/co-op/"),
        ],
    )
    def test_old_addresses_answer_301_to_the_new_ones(self, report, client, old, new):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
        assert client.get(new).status_code == 200

    def test_addresses_of_articles_that_are_not_public_do_not_redirect(self, report, client):
        assert client.get("/2024/07/board-minutes/").status_code == 404
        assert client.get("/?p=104").status_code == 200  # scheduled: the home page answers

    def test_importing_again_creates_nothing_and_updates_a_changed_title(
        self, report, uploads, tmp_path
    ):
        counts = (Article.objects.count(), Image.objects.count(), Redirect.objects.count())
        again = import_wordpress(NEWSROOM, uploads=uploads)
        assert (again.outcome.created, again.outcome.updated) == ({}, {})
        assert again.outcome.unchanged["post"] == 10
        changed = write(
            tmp_path, NEWSROOM.read_text().replace("[Harbour reopens]", "[Harbour open again]", 1)
        )
        third = import_wordpress(changed, uploads=uploads)
        assert (third.outcome.updated["post"], third.outcome.unchanged["post"]) == (1, 9)
        assert articles()["101"].title == "Harbour open again"
        assert (Article.objects.count(), Image.objects.count(), Redirect.objects.count()) == counts
        assert sorted(os.listdir(uploads.parent / "media/images/2024/07")) == ["harbour.jpg"]


def test_wxr_1_1_from_a_blog_in_a_subfolder(uploads, client):
    report = import_wordpress(SMALL_1_1, uploads=uploads)
    article = Article.objects.get()
    assert (article.title, article.slug, article.featured_image.caption, report.wxr_version) == (
        "Olive harvest & oil",
        "olive-harvest",
        "The old mill",
        "1.1",
    )
    assert (
        article.body == "<p>The harvest was good this year.<br>\nThe mill works day and night.</p>"
    )
    for old in ("/blog/2011/11/olive-harvest/", "/blog/?p=7", "/blog/category/notizie/"):
        assert client.get(old).status_code == 301
    assert (Author.objects.get().name, Tag.objects.get().slug) == ("Giulia Verdi", "olio")


def test_another_language_and_time_zone(uploads):
    export = write(
        uploads.parent,
        wxr(
            item(
                1,
                title="Raccolta",
                name="raccolta",
                date="2024-01-15 10:00:00",
                date_gmt="0000-00-00 00:00:00",
            )
        ),
    )
    import_wordpress(export, language="it", time_zone="America/New_York")
    article = Article.objects.get()
    assert (article.language, article.published_at) == (
        "it",
        datetime.datetime(2024, 1, 15, 15, 0, tzinfo=UTC),
    )
    assert article.get_absolute_url() == "/it/news/raccolta/"


def test_a_dry_run_reports_everything_and_saves_nothing(uploads):
    report = import_wordpress(NEWSROOM, uploads=uploads, dry_run=True)
    assert report.as_text().splitlines()[0] == (
        "WordPress import of https://old.example (WXR 1.2) \u2013 dry run: nothing was saved"
    )
    assert report.outcome.created["post"] == 10
    assert (Article.objects.count(), Image.objects.count(), ImportReference.objects.count()) == (
        0,
        0,
        0,
    )
    assert not (uploads.parent / "media").exists()


def test_without_uploads_the_articles_come_without_pictures(uploads):
    report = import_wordpress(NEWSROOM)
    assert (Article.objects.count(), Image.objects.count()) == (10, 0)
    assert (
        "  3 attachments: no uploads folder was given (--uploads)" in report.as_text().splitlines()
    )


def test_a_truncated_file_imports_the_items_before_the_cut(uploads, tmp_path):
    text = NEWSROOM.read_text()
    cut = write(tmp_path, text[: text.index("<wp:post_id>104</wp:post_id>")])
    report = import_wordpress(cut, uploads=uploads)
    assert sorted(articles()) == ["101", "102", "103"]
    assert report.stopped == (
        "The export could not be read past line 106, column 2: it is truncated or damaged there. "
        "Everything before that point was read."
    )
    assert (
        report.as_text().splitlines()[-1].startswith("Stopped early: The export could not be read")
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "<html><body>Hello</body></html>",
            "This is not a WordPress export: its root element is <html>, not <rss>.",
        ),
        ("PK\x03\x04 a zip file", "The file is empty or is not XML."),
    ],
)
def test_a_file_that_is_no_export_imports_nothing(tmp_path, content, message):
    with pytest.raises(ImportFailed) as caught:
        import_wordpress(write(tmp_path, content))
    assert str(caught.value) == message
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"export": "missing.xml"}, "There is no file missing.xml."),
        (
            {"uploads": "no-such-folder"},
            "The uploads folder no-such-folder does not exist or is not a folder.",
        ),
        ({"language": "fr"}, "fr is not one of the site's languages (en, it)."),
        ({"time_zone": "Mars/Olympus"}, "Mars/Olympus is not a time zone."),
    ],
)
def test_wrong_options_are_refused_before_reading(options, message):
    export = options.pop("export", str(NEWSROOM))
    with pytest.raises(ImportFailed) as caught:
        import_wordpress(export, **options)
    assert str(caught.value) == message


def test_an_interrupted_import_keeps_whole_batches_and_a_rerun_completes_it(uploads, tmp_path):
    export = write(
        tmp_path, wxr(*(item(n, title=f"Post {n}", name=f"post-{n}") for n in range(1, 8)))
    )
    seen = []

    def interrupt(phase, fraction):
        seen.append(phase)
        if seen.count("Importing posts") == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_wordpress(export, batch_size=2, progress=interrupt)
    assert sorted(Article.objects.values_list("slug", flat=True)) == [
        "post-1",
        "post-2",
        "post-3",
        "post-4",
    ]
    report = import_wordpress(export, batch_size=2)
    assert (report.outcome.created["post"], report.outcome.unchanged["post"]) == (3, 4)
    assert Article.objects.count() == 7


@pytest.mark.django_db(transaction=True)  # the failure shows at a real commit
def test_a_batch_that_fails_is_retried_item_by_item(uploads, tmp_path):
    """An item that cannot be saved is reported; the rest of its batch is still imported."""
    export = write(
        tmp_path,
        wxr(
            attachment(201, "2024/07/harbour.jpg"),
            item(1, title="With picture", name="with", meta={"_thumbnail_id": "201"}),
            item(2, title="Without", name="without"),
            item(3, title="Also without", name="also"),
        ),
    )

    def lose_the_pictures(phase, fraction):
        # Between the two passes, somebody deletes the imported picture.
        if phase == "Importing posts":
            Image.objects.all().delete()

    report = import_wordpress(export, uploads=uploads, progress=lose_the_pictures)
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["also", "without"]
    assert report.problems.lines[0].startswith(
        "post 1 \u201cWith picture\u201d: could not be saved ("
    )
