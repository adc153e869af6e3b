"""The records of an export name themselves in report lines."""

from newsdesk.importers.wordpress.records import Item


def test_an_item_is_named_by_type_id_and_title():
    assert (
        Item(id="7", title="  Harbour\n reopens ").describe()
        == "post 7 \u201cHarbour reopens\u201d"
    )
    assert Item(id="8", post_type="page").describe() == "page 8"
    assert Item(id="9", title="x" * 70).describe() == "post 9 \u201c" + "x" * 57 + "...\u201d"
