"""The JSON lines export command."""

import io
import json

import pytest
from django.core.management import CommandError, call_command, load_command_class

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_writes_one_line_per_article(tmp_path):
    ArticleFactory(title="One")
    ArticleFactory(title="Two")
    target = tmp_path / "articles.jsonl"
    out = io.StringIO()
    call_command("export_json", str(target), "--base-url", "https://news.example.org", stdout=out)
    assert out.getvalue() == f"Wrote 2 articles to {target}.\n"
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert [(record["title"], record["url"]) for record in records] == [
        ("One", "https://news.example.org/news/one/"),
        ("Two", "https://news.example.org/news/two/"),
    ]


def test_a_bad_base_url(tmp_path):
    with pytest.raises(CommandError) as caught:
        call_command("export_json", str(tmp_path / "a.jsonl"), "--base-url", "javascript:alert(1)")
    assert str(caught.value) == (
        "--base-url must be an address such as https://news.example.org (got 'javascript:alert(1)')."
    )
    assert not (tmp_path / "a.jsonl").exists()


def test_the_help_can_be_shown():
    command = load_command_class("newsdesk.importers", "export_json")
    text = command.create_parser("newsdesk", "export_json").format_help()
    assert ("output" in text, "--base-url" in text) == (True, True)
