"""Whether the browser tests can run here: Debian's Chromium, or a clear skip (or failure in CI).

The tests never download a browser (``playwright install`` fails on these machines); they
drive the system's Chromium. Without it a developer's run skips them with one line, while CI
(``NEWSDESK_REQUIRE_ALL=1``) fails them so that a missing browser is never mistaken for a pass.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")

# Quiet, reproducible headless runs: no GPU, no sandbox (containers and CI users lack the
# namespaces it needs), and none of the background traffic a desktop browser makes.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@dataclass(frozen=True)
class Verdict:
    """What to do with the browser tests: ``run``, ``skip`` or ``fail``, and why."""

    action: str
    reason: str = ""


def browser_verdict(chromium: Path, environ: Mapping[str, str]) -> Verdict:
    """Run when ``chromium`` is an executable file; otherwise skip, or fail when all is required."""
    if chromium.is_file() and os.access(chromium, os.X_OK):
        return Verdict("run")
    if environ.get("NEWSDESK_REQUIRE_ALL", "").strip() == "1":
        return Verdict(
            "fail",
            f"Chromium not found at {chromium} and NEWSDESK_REQUIRE_ALL=1: the browser tests "
            "cannot be skipped (apt-get install chromium).",
        )
    return Verdict(
        "skip",
        f"Chromium not found at {chromium}: browser tests skipped (install Debian's chromium).",
    )
