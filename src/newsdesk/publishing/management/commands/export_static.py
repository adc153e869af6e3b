"""``newsdesk export_static OUTDIR``: the public site as static files (see docs/operations.md)."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsdesk.core.progress import Progress
from newsdesk.publishing.export import DEFAULT_BASE_URL, ExportError, export_site
from newsdesk.publishing.writer import ExportBusy

LISTED = 100  # written and removed files listed by name, unless -v 2 asks for all


def available_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:,.1f} MB"


class Command(BaseCommand):
    help = "Write every public page, feed and sitemap of the site into OUTDIR as static files."

    def add_arguments(self, parser):
        parser.add_argument("outdir", help="The folder to write (created if missing).")
        parser.add_argument(
            "--base-url",
            default="",
            help="The address the copy will be served at, e.g. https://news.example.org "
            f"(default: NEWSDESK_BASE_URL, else {DEFAULT_BASE_URL}).",
        )
        parser.add_argument(
            "--incremental",
            action="store_true",
            help="Render only the pages that can have changed since the last export into OUTDIR.",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=available_cpus(),
            help="Worker processes that render pages (default: the number of CPUs).",
        )

    def handle(self, *args, outdir, base_url, incremental, jobs, verbosity, **options):
        if jobs < 1:
            raise CommandError("--jobs must be at least 1.")
        base_url = base_url or settings.NEWSDESK_BASE_URL
        if not base_url:
            base_url = DEFAULT_BASE_URL
            self.stdout.write(
                f"No --base-url and no NEWSDESK_BASE_URL: links in feeds and sitemaps will "
                f"start with {DEFAULT_BASE_URL} (right for python3 -m http.server)."
            )
        progress = Progress(self.stdout, "Rendering")
        try:
            report = export_site(
                outdir,
                base_url=base_url,
                incremental=incremental,
                jobs=jobs,
                progress=progress.update,
            )
        except ExportError as error:
            raise CommandError(str(error)) from None
        except ExportBusy:
            raise CommandError(
                f"Another export is writing to {outdir}; run again when it has finished."
            ) from None
        progress.finish()
        self.print_report(report, outdir, verbosity)
        if report.problems:
            shown = "\n".join(report.problems[:20])
            raise CommandError(f"{len(report.problems)} pages could not be exported:\n{shown}")

    def print_report(self, report, outdir, verbosity) -> None:
        kind = "Exported" if report.complete else "Incremental export:"
        self.stdout.write(
            f"{kind} {report.rendered:,} of {report.pages:,} pages rendered in "
            f"{report.seconds:.1f} s ({report.pages_per_second:,.0f} pages/s); "
            f"{len(report.written):,} files written ({megabytes(report.bytes_written)}), "
            f"{len(report.removed):,} removed. {outdir} holds {megabytes(report.total_bytes)}."
        )
        if not report.complete or verbosity >= 2:
            limit = None if verbosity >= 2 else LISTED
            for label, paths in (("wrote", report.written), ("removed", report.removed)):
                for path in paths[:limit]:
                    self.stdout.write(f"  {label} {path}")
                if limit is not None and len(paths) > limit:
                    self.stdout.write(
                        f"  … and {len(paths) - limit:,} more ({label}; -v 2 lists all)"
                    )
        if report.broken_links:
            self.stderr.write(f"Broken links: {len(report.broken_links):,}")
            for target, page in list(report.broken_links.items())[:50]:
                self.stderr.write(f"  /{target} (linked from {page})")
        else:
            self.stdout.write(self.style.SUCCESS("Broken links: none."))
