"""Fuzzing the WXR reader: whatever the bytes, it yields records or raises WXRError, a
sentence for people, and nothing else; it never hangs and never reaches for the network.

Inputs: arbitrary bytes; XML-looking text; valid exports with bytes flipped, inserted,
deleted or repeated; exports cut short at every length; random trees of WordPress elements;
entity bombs and external entities in every place a DTD allows. ``make test`` runs each
property with Hypothesis's usual 100 examples, ``make fuzz`` with the ``fuzz`` profile's
(``tests/conftest.py``).
"""

from __future__ import annotations

import contextlib
import io
import socket
from unittest import mock
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.importers.wordpress.reader import (
    Author,
    CleanReader,
    Item,
    Site,
    Term,
    WXRError,
    read_wxr,
)
from tests.fuzz import mutated, no_hang
from tests.importers.builders import NEWSROOM, attachment, cdata, item, wxr

pytestmark = pytest.mark.fuzz

SMALL = wxr(
    "<wp:author><wp:author_id>2</wp:author_id><wp:author_login>"
    + cdata("marco")
    + "</wp:author_login></wp:author>",
    "<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>port</wp:category_nicename>"
    "<wp:category_parent></wp:category_parent><wp:cat_name>"
    + cdata("Port")
    + "</wp:cat_name></wp:category>",
    "<wp:tag><wp:term_id>4</wp:term_id><wp:tag_slug>nets</wp:tag_slug>"
    "<wp:tag_name>" + cdata("Nets") + "</wp:tag_name></wp:tag>",
    item(
        10,
        title="Harbour &amp; nets",
        content="<p>One</p>\n\nTwo &amp; three",
        name="harbour",
        creator="marco",
        terms=(("category", "port", "Port"), ("post_tag", "nets", "Nets")),
        meta={"_thumbnail_id": "11"},
        extra="<wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>",
    ),
    attachment(11, "2024/07/harbour.jpg", title="Harbour", alt="Boats"),
    item(12, title="Draft", status="draft", content="Later"),
).encode()
NEWSROOM_BYTES = NEWSROOM.read_bytes()
REFUSED = (
    "The file declares XML entities or external references, which a WordPress export never "
    "does: refused for safety."
)


@contextlib.contextmanager
def no_network():
    """Any attempt to open a connection fails the test (a parser fetching an external entity
    or DTD would make one)."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the reader tried to reach the network")

    with (
        mock.patch.object(socket.socket, "connect", refuse),
        mock.patch.object(socket, "create_connection", refuse),
    ):
        yield


def read(data: bytes, *, clean: bool = True, skip_content: bool = False):
    """The records read from ``data`` (through CleanReader, as the importer reads files) and
    the WXRError that stopped the reading, if any. Any other exception fails the test."""
    source = CleanReader(io.BytesIO(data)) if clean else io.BytesIO(data)
    found = []
    with no_hang(), no_network():
        try:
            for record in read_wxr(source, skip_content=skip_content):
                found.append(record)
        except WXRError as error:
            return found, error
    return found, None


def read_or_refused(data: bytes, **options) -> tuple[list, WXRError | None]:
    """Read ``data`` and check what any reading promises, error or not."""
    found, error = read(data, **options)
    assert all(isinstance(record, Site | Author | Term | Item) for record in found)
    if found:
        assert isinstance(found[0], Site)
        assert not any(isinstance(record, Site) for record in found[1:])
    if error is None:
        assert found, "a file read to its end always gives its Site"
    else:
        message = str(error)
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message
        # The importer tells "nothing could be read" from "stopped part way" by this flag.
        assert error.started == bool(found)
    return found, error


@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data):
    read_or_refused(data)
    read_or_refused(data, clean=False)


XMLISH = st.text(alphabet=list("<>/=\"' !?[]&;#x0123456789:-rsschannelitemwpCDATADOCTYPEENTITY"))


@given(XMLISH)
def test_text_that_looks_like_xml(text):
    read_or_refused(text.encode())
    read_or_refused(b'<?xml version="1.0"?><rss><channel>' + text.encode())


@given(mutated(SMALL))
def test_a_valid_export_with_bytes_changed(data):
    read_or_refused(data)
    read_or_refused(data, skip_content=True)


@given(mutated(NEWSROOM_BYTES, max_changes=3))
def test_a_real_export_with_bytes_changed(data):
    read_or_refused(data)


FULL_NEWSROOM, _none = read(NEWSROOM_BYTES)


@given(st.integers(0, len(NEWSROOM_BYTES)))
def test_an_export_cut_short_gives_what_came_before_the_cut(length):
    found, error = read_or_refused(NEWSROOM_BYTES[:length])
    # Records are yielded only once whole: what was read is the start of the full file's.
    assert found == FULL_NEWSROOM[: len(found)]
    if error is None:
        assert found == FULL_NEWSROOM


# Random trees of the elements a WXR file is made of, under a real <rss><channel>: they get
# past the XML parser to the code that turns elements into records.
NAMES = [
    "item", "title", "link", "guid", "dc:creator", "content:encoded", "excerpt:encoded",
    "wp:post_id", "wp:post_date", "wp:post_date_gmt", "wp:post_name", "wp:status",
    "wp:post_type", "wp:post_parent", "wp:attachment_url", "wp:is_sticky", "wp:postmeta",
    "wp:meta_key", "wp:meta_value", "wp:comment", "category", "wp:author", "wp:author_login",
    "wp:author_display_name", "wp:category", "wp:category_nicename", "wp:category_parent",
    "wp:cat_name", "wp:tag", "wp:tag_slug", "wp:term", "wp:term_taxonomy", "wp:term_slug",
    "wp:wxr_version", "wp:base_site_url", "channel", "rss", "unknown",
]  # fmt: skip
XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\x00\ufffe\uffff",
        max_codepoint=0x2FFFF,
    ).filter(lambda c: c >= " " or c in "\t\n"),
    max_size=40,
)
ATTRIBUTES = st.dictionaries(st.sampled_from(["domain", "nicename", "id"]), XML_TEXT, max_size=2)


def element(name: str, attributes: dict, children: list[str]) -> str:
    attrs = "".join(f" {key}={quoteattr(value)}" for key, value in attributes.items())
    return f"<{name}{attrs}>{''.join(children)}</{name}>"


TREES = st.recursive(
    XML_TEXT.map(escape) | XML_TEXT.map(cdata),
    lambda children: st.builds(
        element, st.sampled_from(NAMES), ATTRIBUTES, st.lists(children, max_size=4)
    ),
    max_leaves=12,
)


@given(st.lists(TREES, max_size=6))
def test_random_trees_of_wordpress_elements(trees):
    found, error = read_or_refused(wxr(*trees).encode())
    assert error is None  # well-formed XML under a real channel: read to the end


@given(
    st.lists(
        st.tuples(
            st.integers(1, 10**6),
            XML_TEXT,
            XML_TEXT,
            st.lists(st.tuples(st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True), XML_TEXT)),
        ),
        max_size=5,
    )
)
def test_any_text_comes_back_as_it_was_written(posts):
    """Titles, bodies and category names with any characters XML can carry."""
    data = wxr(
        *(
            item(
                post_id,
                title=title,
                content=content,
                terms=tuple(("category", slug, name) for slug, name in terms),
            )
            for post_id, title, content, terms in posts
        )
    ).encode()
    found, error = read_or_refused(data)
    assert error is None
    items = found[1:]
    assert [(i.id, i.title, i.content) for i in items] == [
        (str(post_id), title.strip(), content) for post_id, title, content, _terms in posts
    ]
    assert [[(t.slug, t.name) for t in i.terms] for i in items] == [
        [(slug, name.strip()) for slug, name in terms] for *_rest, terms in posts
    ]


# Entities: every declaration is refused before anything is expanded or fetched.
ENTITY_NAME = st.from_regex(r"[a-zA-Z_][a-zA-Z0-9_.-]{0,10}", fullmatch=True)
SYSTEM_ID = st.sampled_from(
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/evil.dtd",
        "https://example.org/x.dtd",
        "/dev/zero",
        "php://filter/resource=index.php",
        "evil.dtd",
    ]
)


@st.composite
def entity_declarations(draw) -> tuple[str, list[str]]:
    """A DTD internal subset declaring entities of every kind, and the names declared."""
    declarations, names = [], []
    for _ in range(draw(st.integers(1, 4))):
        name = draw(ENTITY_NAME)
        kind = draw(st.sampled_from(["internal", "system", "public", "parameter", "unparsed"]))
        value = escape(draw(XML_TEXT)).replace('"', "&quot;").replace("%", "&#37;")
        if kind == "internal":
            declarations.append(f'<!ENTITY {name} "{value}">')
            names.append(name)
        elif kind == "system":
            declarations.append(f'<!ENTITY {name} SYSTEM "{draw(SYSTEM_ID)}">')
            names.append(name)
        elif kind == "public":
            declarations.append(f'<!ENTITY {name} PUBLIC "-//X//Y" "{draw(SYSTEM_ID)}">')
            names.append(name)
        elif kind == "parameter":
            declarations.append(f'<!ENTITY % {name} SYSTEM "{draw(SYSTEM_ID)}"> %{name};')
        else:
            declarations.append(
                f'<!NOTATION n{name} SYSTEM "x">'
                f'<!ENTITY {name} SYSTEM "{draw(SYSTEM_ID)}" NDATA n{name}>'
            )
    return "".join(declarations), names


@given(entity_declarations(), st.integers(0, 3))
def test_every_entity_declaration_is_refused(declared, uses):
    subset, names = declared
    references = "".join(f"&{name};" for name in names) * uses
    body = wxr(item(1, title="x", content="y")).replace("<channel>", f"<channel>{references}", 1)
    head, _separator, rest = body.partition("\n")
    data = f"{head}\n<!DOCTYPE rss [{subset}]>\n{rest}".encode()
    found, error = read_or_refused(data)
    assert found == []
    assert error is not None and str(error) == REFUSED


@given(st.integers(1, 40), st.integers(2, 12))
def test_entity_bombs_of_any_shape_are_refused(depth, fanout):
    """Billion laughs (nested) and quadratic blow-up (one big entity used many times)."""
    nested = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{level} "{f"&e{level - 1};" * fanout}">' for level in range(1, depth)
    ]
    quadratic = f'<!ENTITY big "{"x" * 2000 * fanout}">'
    for subset, use in ((nested, f"&e{depth - 1};"), ([quadratic], "&big;" * 500 * fanout)):
        data = (
            f'<?xml version="1.0"?>\n<!DOCTYPE rss [{"".join(subset)}]>\n'
            f"<rss><channel><title>{use}</title></channel></rss>"
        ).encode()
        found, error = read_or_refused(data)
        assert (found, str(error)) == ([], REFUSED)


@given(SYSTEM_ID, st.lists(ENTITY_NAME, max_size=3), st.booleans())
def test_an_external_dtd_is_never_fetched(system_id, names, public):
    """A DOCTYPE naming an outside DTD declares nothing here: it is not read, and references
    to entities it might have declared are read as nothing or refused, never fetched."""
    doctype = (
        f'<!DOCTYPE rss PUBLIC "-//X//Y" "{system_id}">'
        if public
        else f'<!DOCTYPE rss SYSTEM "{system_id}">'
    )
    references = "".join(f"&{name};" for name in names)
    body = wxr(item(1, title=f"a{references}b", content="y"))
    head, _separator, rest = body.partition("\n")
    found, error = read_or_refused(f"{head}\n{doctype}\n{rest}".encode())
    if error is None:  # the references are skipped by the parser and kept as text
        assert found[1].title == f"a{references}b"


@pytest.mark.parametrize(
    "encoding", ["TTF-8", "rot13", "base64", "utf-7", "utf-32", "shift_jis", "idna", "punycode"]
)
def test_an_encoding_that_cannot_be_read_is_refused_with_a_sentence(encoding):
    """Found by the fuzzing: a mistyped, binary or multi-byte encoding in the XML declaration
    made Python's codecs raise LookupError or ValueError through the parser."""
    data = SMALL.replace(b'encoding="UTF-8"', f'encoding="{encoding}"'.encode(), 1)
    found, error = read_or_refused(data)
    assert found == []
    assert str(error).startswith("The file is not a readable XML export: error at line 1")
