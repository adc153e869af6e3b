"""check_folder: the link checker over an export folder on disk."""

from newsdesk.publishing.links import broken_links, check_folder, url_of

ORIGIN = "https://news.example.org"


def test_addresses_of_files():
    assert url_of("index.html") == "/"
    assert url_of("news/x/index.html") == "/news/x/"
    assert url_of("news/feed.json") == "/news/feed.json"


def test_a_folder_with_one_broken_link(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "index.html").write_text(
        '<!doctype html><a href="/news/">ok</a><a href="/gone/">gone</a>'
        '<img src="https://news.example.org/logo.png">'
    )
    (tmp_path / "news" / "index.html").write_text('<!DOCTYPE html><a href="/">home</a>')
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?><link href="/nowhere/"/>')
    assert check_folder(tmp_path, ORIGIN) == {"gone/index.html": "/", "logo.png": "/"}


def test_known_files_count_as_present(tmp_path):
    links = {"a.html": "/", "b.html": "/x/"}
    assert broken_links(tmp_path, links, {"a.html"}) == {"b.html": "/x/"}
