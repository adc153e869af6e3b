"""``newsdesk serve``: run the site with gunicorn, as in production.

Workers come from ``WEB_CONCURRENCY`` (gunicorn's convention), else twice the CPU count plus
one; ``HOST`` and ``PORT`` say where to listen.
"""

import os
import sys

from django.core.management.base import BaseCommand, CommandError


def default_workers() -> int:
    return (os.cpu_count() or 1) * 2 + 1


class Command(BaseCommand):
    help = "Serve the site with gunicorn (HOST, PORT and WEB_CONCURRENCY are read)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY") or 0)
        )

    def handle(self, *args, host: str, port: str, workers: int, **options):
        if not str(port).isdigit() or not 0 < int(port) < 65536:
            raise CommandError(f"PORT must be a number from 1 to 65535 (got {port!r}).")
        arguments = [
            sys.executable, "-m", "gunicorn", "newsdesk.wsgi:application",
            "--bind", f"{host}:{port}",
            "--workers", str(workers or default_workers()),
            "--timeout", "30",
            "--graceful-timeout", "20",
            "--access-logfile", "-",
            "--forwarded-allow-ips", os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        ]  # fmt: skip
        self.stdout.write(f"Serving on http://{host}:{port}/ (Ctrl-C stops)")
        self.stdout.flush()
        os.execv(sys.executable, arguments)  # noqa: S606 - replaces this process by gunicorn
