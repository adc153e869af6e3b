"""The WordPress export command."""

import io

import pytest
from django.core.management import CommandError, call_command, load_command_class

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_writes_the_file_and_says_what_is_in_it(tmp_path):
    ArticleFactory(title="Harbour reopens")
    target = tmp_path / "site.xml"
    out = io.StringIO()
    call_command(
        "export_wordpress", str(target), "--base-url", "https://news.example.org/", stdout=out
    )
    assert out.getvalue() == (
        f"Wrote 1 articles, 0 pictures, 0 authors, 0 categories and 0 tags to {target}.\n"
    )
    text = target.read_text()
    assert "<link>https://news.example.org/news/harbour-reopens/</link>" in text
    assert text.endswith("</channel>\n</rss>\n")


def test_the_base_url_defaults_to_the_local_server_and_dash_is_the_screen(capsys, settings):
    settings.NEWSDESK_BASE_URL = ""
    call_command("export_wordpress", "-")
    assert "<wp:base_site_url>http://127.0.0.1:8000</wp:base_site_url>" in capsys.readouterr().out


@pytest.mark.parametrize(
    "url", ["news.example.org", "ftp://news.example.org", "https://x.org/?a=1"]
)
def test_a_base_url_that_is_not_one_is_refused(url, tmp_path):
    with pytest.raises(CommandError) as caught:
        call_command("export_wordpress", str(tmp_path / "x.xml"), "--base-url", url)
    assert str(caught.value) == (
        f"--base-url must be an address such as https://news.example.org (got {url!r})."
    )


def test_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(CommandError) as caught:
        call_command("export_wordpress", str(tmp_path / "nowhere" / "x.xml"))
    assert (
        str(caught.value)
        == f"Could not write {tmp_path / 'nowhere' / 'x.xml'}: No such file or directory"
    )


def test_the_help_can_be_shown():
    command = load_command_class("newsdesk.importers", "export_wordpress")
    text = command.create_parser("newsdesk", "export_wordpress").format_help()
    assert ("output" in text, "--base-url" in text) == (True, True)
