"""``newsdesk export_json OUT.jsonl [--base-url URL]``: every article as a line of JSON.

Thin: the work is ``newsdesk.importers.exporters.jsonl.export_json_lines``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsdesk.importers.exporters.jsonl import export_json_lines
from newsdesk.importers.exporters.output import output_file

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def add_output_arguments(parser, output_help) -> None:
    parser.add_argument("output", help=output_help)
    parser.add_argument(
        "--base-url",
        default="",
        help=(
            "This site's address, for absolute links (default: NEWSDESK_BASE_URL, "
            "else http://127.0.0.1:8000)."
        ),
    )


def base_url_of(option: str) -> str:
    """The --base-url given, or the configured one; refuses anything but http(s)://host."""
    base_url = (option or getattr(settings, "NEWSDESK_BASE_URL", "") or DEFAULT_BASE_URL).rstrip(
        "/"
    )
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise CommandError(
            _("--base-url must be an address such as https://news.example.org (got %(url)r).")
            % {"url": option}
        )
    return base_url


class Command(BaseCommand):
    help = (
        "Write every article as one line of JSON with all its fields, authors, categories, "
        "tags and featured picture."
    )

    def add_arguments(self, parser):
        add_output_arguments(parser, "The file to write (- for the screen).")

    def handle(self, *args, **options):
        base_url = base_url_of(options["base_url"])
        try:
            with output_file(options["output"]) as out:
                count = export_json_lines(out, base_url=base_url)
        except OSError as error:
            raise CommandError(
                _("Could not write %(path)s: %(error)s")
                % {"path": options["output"], "error": error.strerror or error}
            ) from None
        if options["output"] != "-":
            self.stdout.write(
                _("Wrote %(count)s articles to %(path)s.")
                % {"count": count, "path": options["output"]}
            )
