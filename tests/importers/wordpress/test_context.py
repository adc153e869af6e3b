"""The identity of the site an import comes from."""

import zoneinfo

import pytest

from newsdesk.importers.wordpress.context import ImportContext, source_key
from newsdesk.importers.wordpress.reader import Site


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://Old.Example/", "https://old.example"),
        ("HTTP://old.example/Blog/", "http://old.example/Blog"),
        ("my-site", "my-site"),
    ],
)
def test_source_key(url, key):
    assert source_key(url) == key


def test_the_site_gives_the_source_blog_path_and_upload_hosts():
    run = ImportContext(language="en", time_zone=zoneinfo.ZoneInfo("UTC"))
    run.use_site(
        Site(base_site_url="https://old.example", base_blog_url="https://old.example/news/")
    )
    assert (run.source, run.blog_path, run.upload_links.hosts) == (
        "https://old.example",
        "/news",
        {"old.example"},
    )
    assert (run.report.source, run.report.wxr_version) == ("https://old.example", "")


def test_a_source_given_by_the_user_wins():
    run = ImportContext(language="en", time_zone=zoneinfo.ZoneInfo("UTC"))
    run.use_site(Site(base_site_url="https://old.example"), source="archive-2019")
    assert run.source == "archive-2019"
