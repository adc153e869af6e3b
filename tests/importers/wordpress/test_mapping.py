"""From a WordPress item to an article's values: statuses, dates, slugs, titles, addresses."""

import datetime
import zoneinfo

import pytest

from newsdesk.importers.wordpress.context import ImportContext
from newsdesk.importers.wordpress.mapping import (
    InvalidDate,
    article_slug,
    old_paths,
    plan_post,
    publication_time,
    text_of,
)
from newsdesk.importers.wordpress.reader import Item, Term

ROME = zoneinfo.ZoneInfo("Europe/Rome")
UTC = datetime.UTC


def context(**kwargs) -> ImportContext:
    return ImportContext(language="en", time_zone=ROME, languages=frozenset({"en", "it"}), **kwargs)


def post(**fields) -> Item:
    defaults = {
        "id": "7",
        "title": "Harbour news",
        "status": "publish",
        "post_date": "2024-07-01 10:00:00",
        "post_date_gmt": "2024-07-01 08:00:00",
        "post_name": "harbour-news",
        "link": "https://old.example/2024/07/harbour-news/",
    }
    return Item(**{**defaults, **fields})


class TestPublicationTime:
    def test_the_gmt_date_is_used_when_there_is_one(self):
        assert publication_time(post(), ROME) == datetime.datetime(2024, 7, 1, 8, 0, tzinfo=UTC)

    def test_without_gmt_date_the_local_date_is_read_in_the_sites_time_zone(self):
        item = post(post_date="2024-01-15 10:30:00", post_date_gmt="0000-00-00 00:00:00")
        assert publication_time(item, ROME) == datetime.datetime(2024, 1, 15, 9, 30, tzinfo=UTC)
        lisbon = zoneinfo.ZoneInfo("Europe/Lisbon")
        assert publication_time(item, lisbon) == datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)

    def test_no_date_at_all_is_none(self):
        item = post(post_date="0000-00-00 00:00:00", post_date_gmt="")
        assert publication_time(item, ROME) is None

    @pytest.mark.parametrize(
        ("local", "gmt", "bad"),
        [
            ("2024-13-45 25:61:00", "0000-00-00 00:00:00", "2024-13-45 25:61:00"),
            ("0000-00-00 00:00:00", "yesterday", "yesterday"),
        ],
    )
    def test_a_date_that_is_not_one_raises(self, local, gmt, bad):
        with pytest.raises(InvalidDate) as caught:
            publication_time(post(post_date=local, post_date_gmt=gmt), ROME)
        assert str(caught.value) == bad

    def test_a_bad_gmt_date_falls_back_to_a_good_local_one(self):
        item = post(post_date="2024-07-01 10:00:00", post_date_gmt="garbage")
        assert publication_time(item, ROME) == datetime.datetime(2024, 7, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("wp_status", "status"),
    [
        ("publish", "published"),
        ("future", "published"),
        ("draft", "draft"),
        ("pending", "review"),
        ("private", "draft"),
    ],
)
def test_wordpress_statuses(wp_status, status):
    plan = plan_post(post(status=wp_status), context())
    assert (plan.status, plan.wp_status) == (status, wp_status)


def test_a_scheduled_post_keeps_its_future_time():
    item = post(status="future", post_date_gmt="2099-01-10 09:00:00")
    plan = plan_post(item, context())
    assert (plan.status, plan.published_at) == (
        "published",
        datetime.datetime(2099, 1, 10, 9, 0, tzinfo=UTC),
    )


class TestProblems:
    def test_an_invalid_date_makes_a_draft_without_date_and_a_report_line(self):
        run = context()
        plan = plan_post(post(post_date="2024-13-45 25:61:00", post_date_gmt="bad"), run)
        assert (plan.status, plan.published_at) == ("draft", None)
        assert run.report.problems.lines == [
            "post 7 \u201cHarbour news\u201d: '2024-13-45 25:61:00' is not a date; imported as a "
            "draft without a date"
        ]

    def test_a_published_post_without_any_date_becomes_a_draft(self):
        run = context()
        plan = plan_post(post(post_date="0000-00-00 00:00:00", post_date_gmt=""), run)
        assert plan.status == "draft"
        assert run.report.problems.lines == [
            "post 7 \u201cHarbour news\u201d: published without a date; imported as a draft"
        ]

    def test_a_password_protected_post_is_not_published(self):
        run = context()
        assert plan_post(post(password="secret"), run).status == "draft"
        assert run.report.problems.lines == [
            "post 7 \u201cHarbour news\u201d: protected by a password, imported as a draft"
        ]

    def test_an_unknown_status_makes_a_draft(self):
        run = context()
        assert plan_post(post(status="archived"), run).status == "draft"
        assert run.report.problems.lines == [
            "post 7 \u201cHarbour news\u201d: unknown status 'archived', imported as a draft"
        ]

    def test_a_title_too_long_is_cut(self):
        run = context()
        plan = plan_post(post(title="word " * 100), run)
        assert (len(plan.title), plan.title[-4:]) == (299, "word")
        assert run.report.problems.count == 1


class TestText:
    def test_titles_lose_tags_and_entities(self):
        assert text_of("  Fish &amp; chips: <em>the</em> &#8220;best&#8221;  ") == (
            "Fish & chips: the \u201cbest\u201d"
        )

    def test_an_empty_title_stays_empty(self):
        assert plan_post(post(title=""), context()).title == ""

    @pytest.mark.parametrize(
        ("post_name", "slug"),
        [
            ("harbour-news", "harbour-news"),
            ("caf%c3%a9-del-porto", "cafe-del-porto"),
            ("2024", "2024-article"),
            ("page", "page-article"),
            ("", ""),
        ],
    )
    def test_slugs_are_ascii_and_never_shadow_other_pages(self, post_name, slug):
        assert article_slug(post_name) == slug


class TestOldPaths:
    def test_the_permalink_path_and_the_query_address(self):
        assert old_paths(post(), "") == ["/2024/07/harbour-news/", "/?p=7"]

    def test_percent_encoded_permalinks_are_decoded_as_requests_are(self):
        item = post(link="https://old.example/2024/07/caf%C3%A9/")
        assert old_paths(item, "") == ["/2024/07/caf\u00e9/", "/?p=7"]

    def test_a_draft_link_is_only_the_query_address(self):
        assert old_paths(post(link="https://old.example/?p=7"), "") == ["/?p=7"]

    def test_a_blog_in_a_subfolder(self):
        item = post(link="http://legacy.example/blog/2011/11/olive-harvest/")
        assert old_paths(item, "/blog") == ["/blog/2011/11/olive-harvest/", "/blog/?p=7"]


class TestLinks:
    def test_authors_categories_tags_and_featured_image_come_from_the_lookups(self):
        run = context(
            authors={"anna": 1, "marco": 2},
            categories={"italia": 5},
            tags={"fish": 8},
            images={"201": 3},
        )
        item = post(
            creator="anna",
            terms=[
                Term("category", "italia"),
                Term("post_tag", "fish"),
                Term("post_format", "post-format-aside"),
                Term("category", "unknown"),
            ],
            meta={"_thumbnail_id": "201"},
        )
        plan = plan_post(item, run)
        assert (plan.author_ids, plan.category_ids, plan.tag_ids, plan.featured_image_id) == (
            [1],
            [5],
            [8],
            3,
        )

    def test_newsdesk_exports_carry_several_authors_language_and_dateline(self):
        run = context(authors={"anna": 1, "marco": 2})
        item = post(
            creator="anna",
            meta={
                "_newsdesk_authors": "marco,anna",
                "_newsdesk_language": "it",
                "_newsdesk_dateline": "Porto Lungo",
            },
        )
        plan = plan_post(item, run)
        assert (plan.author_ids, plan.language, plan.dateline) == ([2, 1], "it", "Porto Lungo")

    def test_an_unknown_language_falls_back_to_the_import_language(self):
        plan = plan_post(post(meta={"_newsdesk_language": "xx"}), context())
        assert plan.language == "en"

    def test_a_featured_image_not_imported_is_reported_with_the_reason(self):
        run = context(
            unimported_attachments={"202": "2024/07/lost.jpg is not in the uploads folder"}
        )
        assert plan_post(post(meta={"_thumbnail_id": "202"}), run).featured_image_id is None
        plan_post(post(id="8", title="", meta={"_thumbnail_id": "999"}), run)
        assert run.report.missing_files.lines == [
            "post 7 \u201cHarbour news\u201d: imported without its featured image (attachment 202: "
            "2024/07/lost.jpg is not in the uploads folder)",
            "post 8: imported without its featured image (attachment 999: not in the export)",
        ]
