"""The import command: a report on success, a sentence (never a traceback) on bad input."""

import io

import pytest
from django.core.management import CommandError, call_command, load_command_class

from newsdesk.news.models import Article
from tests.importers.builders import NEWSROOM, item, write, wxr

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*args, stdout=None) -> str:
    out = stdout or io.StringIO()
    call_command("import_wordpress", *map(str, args), stdout=out)
    return out.getvalue()


def test_the_report_is_printed_and_nothing_else_when_not_on_a_terminal(uploads):
    output = run(NEWSROOM, "--uploads", uploads)
    assert output.startswith(
        "WordPress import of https://old.example (WXR 1.2)\n\nRead from the export:\n"
    )
    assert "\r" not in output
    assert Article.objects.count() == 10


def test_a_progress_line_on_a_terminal(uploads):
    output = run(NEWSROOM, "--uploads", uploads, stdout=Terminal())
    assert "\rReading authors, terms and pictures [" in output
    assert "\rImporting posts [##############################] 100%" in output
    report = output[output.index("WordPress import of") :]
    assert "\r" not in report


def test_dry_run_options(uploads, tmp_path):
    export = write(tmp_path, wxr(item(1, title="Uno", name="uno")))
    output = run(
        export, "--dry-run", "--language", "it", "--timezone", "UTC", "--source", "archive"
    )
    assert (
        output.splitlines()[0]
        == "WordPress import of archive (WXR 1.2) \u2013 dry run: nothing was saved"
    )
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.xml"], "There is no file missing.xml."),
        (
            [NEWSROOM, "--uploads", "nowhere"],
            "The uploads folder nowhere does not exist or is not a folder.",
        ),
        ([NEWSROOM, "--language", "de"], "de is not one of the site's languages (en, it)."),
    ],
)
def test_bad_options_are_a_sentence(args, message):
    with pytest.raises(CommandError) as caught:
        run(*args)
    assert str(caught.value) == message


def test_not_an_export(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(write(tmp_path, "<html><body>Hi</body></html>"))
    assert (
        str(caught.value)
        == "This is not a WordPress export: its root element is <html>, not <rss>."
    )


def test_a_truncated_file_prints_the_report_then_fails(tmp_path):
    text = wxr(item(1, title="One", name="one"), item(2, title="Two", name="two"))
    out = io.StringIO()
    with pytest.raises(CommandError) as caught:
        run(write(tmp_path, text[: text.index("<wp:post_id>2")]), stdout=out)
    assert str(caught.value).startswith("The export could not be read past line ")
    assert "  post: 1 created, 0 updated, 0 unchanged" in out.getvalue()
    assert list(Article.objects.values_list("slug", flat=True)) == ["one"]


def test_ctrl_c_is_a_sentence_and_what_was_saved_stays(uploads, tmp_path):
    class Interrupted(Terminal):
        def write(self, text):
            if "Importing posts" in text:
                raise KeyboardInterrupt
            return super().write(text)

    with pytest.raises(CommandError) as caught:
        run(NEWSROOM, "--uploads", uploads, stdout=Interrupted())
    assert str(caught.value) == (
        "Interrupted. What was imported so far is saved, with no article half done; run the "
        "same command again to finish."
    )
    assert Article.objects.count() == 0


def test_the_help_names_every_option():
    command = load_command_class("newsdesk.importers", "import_wordpress")
    text = command.create_parser("newsdesk", "import_wordpress").format_help()
    for option in ("export", "--uploads", "--dry-run", "--language", "--timezone", "--source"):
        assert option in text
