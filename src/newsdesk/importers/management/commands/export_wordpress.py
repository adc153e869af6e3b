"""``newsdesk export_wordpress OUT.xml [--base-url URL]``: the site as a WordPress export.

Thin: the work is ``newsdesk.importers.exporters.wxr.export_wordpress``.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsdesk.importers.exporters.output import output_file
from newsdesk.importers.exporters.wxr import export_wordpress
from newsdesk.importers.management.commands.export_json import add_output_arguments, base_url_of


class Command(BaseCommand):
    help = (
        "Write the whole site (articles, pictures, authors, categories, tags) as a WordPress "
        "export (WXR 1.2) that WordPress's importer, or Newsdesk's, takes back."
    )

    def add_arguments(self, parser):
        add_output_arguments(parser, "The WXR file to write (- for the screen).")

    def handle(self, *args, **options):
        base_url = base_url_of(options["base_url"])
        try:
            with output_file(options["output"]) as out:
                counts = export_wordpress(out, base_url=base_url)
        except OSError as error:
            raise CommandError(
                _("Could not write %(path)s: %(error)s")
                % {"path": options["output"], "error": error.strerror or error}
            ) from None
        if options["output"] != "-":
            self.stdout.write(
                _(
                    "Wrote %(articles)s articles, %(images)s pictures, %(authors)s authors, "
                    "%(categories)s categories and %(tags)s tags to %(path)s."
                )
                % {**vars(counts), "path": options["output"]}
            )
