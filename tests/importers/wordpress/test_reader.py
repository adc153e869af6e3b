"""Reading WXR files: records in file order, both WXR versions, and every way a file goes bad."""

import io
import tracemalloc

import pytest

from newsdesk.importers.wordpress.reader import (
    Author,
    CleanReader,
    Item,
    Site,
    Term,
    WXRError,
    read_wxr,
)
from tests.importers.builders import NEWSROOM, SMALL_1_1, item, wxr


def records(data: bytes, **options) -> list:
    return list(read_wxr(io.BytesIO(data), **options))


def test_the_channel_comes_first_then_authors_terms_and_items_in_file_order():
    found = records(NEWSROOM.read_bytes())
    assert found[0] == Site(
        title="Porto Lungo Cooperative",
        link="https://old.example",
        base_site_url="https://old.example",
        base_blog_url="https://old.example",
        wxr_version="1.2",
        language="en-GB",
    )
    assert [type(record).__name__ for record in found[1:10]] == [
        "Author", "Author", "Term", "Term", "Term", "Term", "Term", "Term", "Term",
    ]  # fmt: skip
    assert found[2] == Author(
        login="marco.r",
        id="2",
        email="marco@old.example",
        first_name="Marco",
        last_name="Rossi",
    )
    assert found[4] == Term(
        taxonomy="category",
        slug="world",
        name="World &amp; Sea",
        id="2",
        description="News from <em>everywhere</em>",
    )
    assert found[9] == Term(taxonomy="nav_menu", slug="main-menu", name="Main menu", id="7")
    assert [record.id for record in found[10:]] == [
        "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112",
        "201", "202", "203", "301", "302",
    ]  # fmt: skip


def test_an_item_keeps_every_field_its_terms_meta_and_comment_count():
    post = next(r for r in records(NEWSROOM.read_bytes()) if isinstance(r, Item))
    assert post.content == (
        "The harbour of Porto Lungo reopened on Monday after three months of works.&nbsp;"
        "Fishermen welcomed the news.\n\nThe cooperative, founded in 1978, counts 120 members "
        "&amp; their families. Its boats go out every night\nand come back at dawn with the "
        "catch.\n\nThe mayor thanked the workers, the divers and the volunteers who cleaned the "
        "quay, and promised that the market will open again next week."
    )
    assert (post.title, post.link, post.creator, post.guid) == (
        "Harbour reopens",
        "https://old.example/2024/07/harbour-reopens/",
        "anna",
        "https://old.example/?p=101",
    )
    assert (post.post_date, post.post_date_gmt, post.post_name, post.status) == (
        "2024-07-01 10:00:00",
        "2024-07-01 08:00:00",
        "harbour-reopens",
        "publish",
    )
    assert (post.post_type, post.is_sticky, post.comment_count, post.excerpt) == (
        "post",
        True,
        2,
        "",
    )
    assert post.terms == [
        Term(taxonomy="category", slug="italia", name="Italia"),
        Term(taxonomy="post_tag", slug="fish", name="Fish"),
        Term(taxonomy="post_tag", slug="co-op", name="Co-op &amp; friends"),
    ]
    assert post.meta == {"_thumbnail_id": "201"}


def test_wxr_1_1_namespaces_and_escaped_titles_read_the_same_way():
    found = records(SMALL_1_1.read_bytes())
    assert found[0].wxr_version == "1.1"
    assert found[0].base_blog_url == "http://legacy.example/blog"
    post, picture = found[-2:]
    assert (post.title, post.id, post.creator, post.status, post.post_type) == (
        "Olive harvest & oil",
        "7",
        "giulia",
        "publish",
        "post",
    )
    assert post.content == "The harvest was good this year.\nThe mill works day and night."
    assert post.meta == {"_thumbnail_id": "8"}
    assert post.terms == [
        Term(taxonomy="category", slug="notizie", name="Notizie"),
        Term(taxonomy="post_tag", slug="olio", name="Olio"),
    ]
    assert (picture.excerpt, picture.meta) == (
        "The old mill",
        {"_wp_attached_file": "2011/11/mill.png"},
    )


def test_skip_content_leaves_bodies_out_and_everything_else_in():
    post = records(NEWSROOM.read_bytes(), skip_content=True)[10]
    assert (post.id, post.content, post.meta) == ("101", "", {"_thumbnail_id": "201"})


def test_an_export_with_nothing_in_it_still_gives_its_site():
    assert records(wxr().encode()) == [
        Site(
            title="Test site",
            link="https://old.example",
            base_site_url="https://old.example",
            base_blog_url="https://old.example",
            wxr_version="1.2",
        )
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty or is not XML."),
        (b"Title,Body\nHello,World\n", "The file is empty or is not XML."),
        (
            b"<html><body><p>Not an export</p></body></html>",
            "This is not a WordPress export: its root element is <html>, not <rss>.",
        ),
        (
            b'<rss version="2.0"><channel><title>Blog</title><item><title>A</title></item>'
            b"</channel></rss>",
            "This is an RSS feed, not a WordPress export: it has no wp:wxr_version. Export the "
            "site with WordPress's Tools > Export.",
        ),
        (
            b"<?xml version='1.0'?>\n<rss><channel><title>unclosed</channel></rss>",
            "The file is not a readable XML export: error at line 2, column 31.",
        ),
    ],
    ids=["empty", "csv", "html", "plain-rss", "broken-before-any-item"],
)
def test_files_that_are_not_exports_are_refused_with_a_sentence(data, message):
    with pytest.raises(WXRError) as caught:
        records(data)
    assert (str(caught.value), caught.value.started) == (message, False)


def test_a_truncated_file_gives_the_items_before_the_cut_then_an_error():
    text = wxr(item(1, title="One"), item(2, title="Two"), item(3, title="Three"))
    cut = text.index("<title><![CDATA[Three")
    reader = read_wxr(io.BytesIO(text[:cut].encode()))
    found = []
    with pytest.raises(WXRError) as caught:
        for record in reader:
            found.append(record)
    assert [record.title for record in found if isinstance(record, Item)] == ["One", "Two"]
    assert caught.value.started is True
    assert str(caught.value).startswith("The export could not be read past line ")
    assert str(caught.value).endswith(
        ": it is truncated or damaged there. Everything before that point was read."
    )


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss><channel><title>&lol3;</title></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss><channel><title>&secret;</title></channel></rss>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://attacker.example/evil.dtd">
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&from_the_dtd;</title>
<wp:wxr_version>1.2</wp:wxr_version></channel></rss>"""


@pytest.mark.parametrize("data", [ENTITY_BOMB, EXTERNAL_ENTITY], ids=["bomb", "external"])
def test_entity_declarations_are_refused_before_anything_is_expanded(data):
    with pytest.raises(WXRError) as caught:
        records(data)
    assert str(caught.value) == (
        "The file declares XML entities or external references, which a WordPress export "
        "never does: refused for safety."
    )


def test_an_external_dtd_is_never_read_and_its_entities_stay_out():
    assert records(EXTERNAL_DTD) == [Site(title="", wxr_version="1.2")]


def test_control_characters_that_xml_forbids_are_dropped_and_counted():
    text = wxr(item(1, title="Bell\x07 and form feed\x0c", content="Tab\tstays"))
    reader = CleanReader(io.BytesIO(text.encode()))
    post = [record for record in read_wxr(reader) if isinstance(record, Item)][0]
    assert (post.title, post.content, reader.dropped) == ("Bell and form feed", "Tab\tstays", 2)
    assert reader.bytes_read == len(text.encode())


def test_memory_stays_flat_whatever_the_number_of_items():
    """Reading ten times as many items needs no more memory: items are not kept."""

    def peak(count: int) -> int:
        body = "A paragraph of some length about the harbour. " * 40
        data = wxr(*(item(n, title=f"Post {n}", content=body) for n in range(count))).encode()
        tracemalloc.start()
        for _record in read_wxr(io.BytesIO(data)):
            pass
        result = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return result

    small, large = peak(100), peak(1000)
    assert large < small * 1.5
