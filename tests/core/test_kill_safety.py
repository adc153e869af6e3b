"""SIGKILL at a random moment: an import or a save leaves no partial article and no orphaned
reference or search-index entry, and running the import again completes the job.

Each round starts a real child process on a fresh, migrated site of its own (a SQLite file,
or a PostgreSQL database when the suite runs on PostgreSQL), kills it with SIGKILL after a
random delay, then opens the same database in another child (``site_child.py``) and checks
the invariants: every article complete (sanitised body, summary made from it, title, slug),
the search index holding exactly the ids of the existing articles with their current titles;
for imports, every article with its import reference and its categories as in the export,
every reference pointing at an existing article; for saves, every article with its
categories and a last revision equal to its last save. The delays come from a seeded random
generator; where in the work the kill lands still depends on the machine, which is the point.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.core.sites import CHILD, NEWSDESK, ROOT, Sites, run
from tests.importers.builders import attachment, item, write, wxr

ROUNDS = 5
SEED = 1010
POSTS = 400
PICTURES = 30
SECTIONS = [f"section-{number}" for number in range(6)]
DESKS = [f"desk-{number}" for number in range(4)]
WXR_STATUS = {"publish": "published", "draft": "draft"}


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Fresh sites on the engine the suite runs on, copied from one migrated template."""
    url = os.environ.get("NEWSDESK_TEST_DATABASE_URL", "")
    is_postgres = url.startswith(("postgres://", "postgresql://"))
    made = Sites(
        "postgresql" if is_postgres else "sqlite",
        tmp_path_factory.mktemp("kill-safety"),
        url if is_postgres else None,
    )
    try:
        made.prepare()
        yield made
    finally:
        made.drop_all()


def post_categories(wp_id: int) -> list[str]:
    return [SECTIONS[wp_id % len(SECTIONS)], DESKS[wp_id % len(DESKS)]]


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> tuple[Path, Path, Path]:
    """A WXR file of POSTS posts with PICTURES pictures, its uploads folder, and what each
    post must become (expected.json)."""
    folder = tmp_path_factory.mktemp("kill-export")
    uploads = folder / "uploads"
    parts = [
        f"<wp:category><wp:term_id>{number}</wp:term_id>"
        f"<wp:category_nicename>{slug}</wp:category_nicename>"
        f"<wp:cat_name><![CDATA[{slug.title()}]]></wp:cat_name></wp:category>"
        for number, slug in enumerate(SECTIONS + DESKS, 1)
    ]
    for number in range(PICTURES):
        path = f"2024/05/picture-{number}.{'png' if number % 3 == 0 else 'jpg'}"
        (uploads / path).parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (48, 32), (number * 8, 90, 160)).save(
            uploads / path, "PNG" if path.endswith("png") else "JPEG"
        )
        parts.append(attachment(5000 + number, path, title=f"Picture {number}", alt="A boat"))
    posts = {}
    for wp_id in range(1, POSTS + 1):
        status = "draft" if wp_id % 10 == 0 else "publish"
        title = f"Story {wp_id} about the harbour"
        parts.append(
            item(
                wp_id,
                title=title,
                name=f"story-{wp_id}",
                status=status,
                content=f"The nets of token{wp_id} &amp; the market.\n\n"
                + "Fishermen met at dawn to talk about the price of the catch. " * 20,
                date=f"2024-05-{wp_id % 28 + 1:02d} 10:00:00",
                date_gmt=f"2024-05-{wp_id % 28 + 1:02d} 08:00:00",
                terms=tuple(("category", slug, slug.title()) for slug in post_categories(wp_id)),
                meta={"_thumbnail_id": str(5000 + wp_id % PICTURES)},
            )
        )
        posts[str(wp_id)] = {
            "title": title,
            "slug": f"story-{wp_id}",
            "status": WXR_STATUS[status],
            "categories": post_categories(wp_id),
        }
    path = write(folder, wxr(*parts))
    expected = folder / "expected.json"
    expected.write_text(json.dumps({"posts": posts}))
    return path, uploads, expected


def killed_after(command: list[str], env: dict, delay: float, *, wait_for_ready: bool) -> int:
    """Start ``command``, SIGKILL it ``delay`` seconds later (after it printed ``ready`` when
    asked to wait for that); return its exit status (negative: killed by that signal)."""
    child = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        if wait_for_ready:
            line = child.stdout.readline()
            assert line == "ready\n", f"the child did not start: {line}{child.stderr.read()}"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    return child.returncode


def test_an_import_killed_at_any_moment_leaves_a_whole_site_and_a_rerun_finishes(sites, export):
    path, uploads, expected = export
    command = NEWSDESK + ["import_wordpress", str(path), "--uploads", str(uploads)]

    # A complete run first: the final state every rerun must reach, and how long a run takes
    # here, so that the kills spread over the whole import on a fast or a slow machine.
    _data_dir, env = sites.new()
    started = time.monotonic()
    run(command, env)
    duration = time.monotonic() - started
    complete = json.loads(run(CHILD + ["check", str(expected)], env))
    assert complete["problems"] == []
    final_counts = {"articles": POSTS, "posts": POSTS, "images": PICTURES, "attachments": PICTURES}
    assert complete["counts"] == final_counts

    rng = random.Random(SEED)
    outcomes = []
    for round_number in range(ROUNDS):
        _data_dir, env = sites.new()
        # From about a third into a run (Django is up) to nearly its end: before the first
        # write, among the pictures, between batches of posts, after the last one.
        delay = rng.uniform(0.3, 0.95) * duration
        status = killed_after(command, env, delay, wait_for_ready=False)
        if status == 0:  # it finished sooner than the first run did: aim earlier from now on
            duration = delay
        facts = json.loads(
            run(CHILD + ["check-rerun", str(path), str(uploads), str(expected)], env)
        )
        after_kill, after_rerun = facts["after_kill"], facts["after_rerun"]
        outcomes.append((round_number, round(delay, 2), status, after_kill["counts"]))
        assert after_kill["problems"] == [], outcomes
        assert after_rerun["problems"] == [], outcomes
        assert after_rerun["counts"] == final_counts, outcomes
    # At least one kill hit a running import (the others may have come after its end).
    assert any(status == -signal.SIGKILL for _round, _delay, status, _counts in outcomes), outcomes


def test_saves_killed_at_any_moment_leave_whole_articles_and_a_true_index(sites):
    rng = random.Random(SEED + 1)
    outcomes = []
    for round_number in range(ROUNDS):
        _data_dir, env = sites.new()
        delay = rng.uniform(0.2, 1.2)
        status = killed_after(CHILD + ["save-loop"], env, delay, wait_for_ready=True)
        facts = json.loads(run(CHILD + ["check"], env))
        outcomes.append((round_number, round(delay, 2), status, facts["counts"]))
        # The loop never ends by itself: it was killed in the middle of its work.
        assert status == -signal.SIGKILL, outcomes
        assert facts["problems"] == [], outcomes
    # The loop did save articles before the kills (else nothing was tested).
    assert sum(counts["articles"] for *_rest, counts in outcomes) > 0, outcomes
