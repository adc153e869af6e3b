"""The decision to run, skip or fail the browser tests (runs without any browser)."""

import stat

from tests.browser.chromium import Verdict, browser_verdict


def executable(path):
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_runs_when_chromium_is_there(tmp_path):
    chromium = executable(tmp_path / "chromium")
    assert browser_verdict(chromium, {}) == Verdict("run")
    assert browser_verdict(chromium, {"NEWSDESK_REQUIRE_ALL": "1"}) == Verdict("run")


def test_skips_with_one_clear_line_when_chromium_is_missing(tmp_path):
    chromium = tmp_path / "chromium"
    assert browser_verdict(chromium, {}) == Verdict(
        "skip",
        f"Chromium not found at {chromium}: browser tests skipped (install Debian's chromium).",
    )
    assert browser_verdict(chromium, {"NEWSDESK_REQUIRE_ALL": "0"}).action == "skip"


def test_a_file_that_cannot_run_counts_as_missing(tmp_path):
    chromium = tmp_path / "chromium"
    chromium.write_text("not a program")
    chromium.chmod(0o644)
    assert browser_verdict(chromium, {}).action == "skip"


def test_fails_instead_when_everything_is_required(tmp_path):
    chromium = tmp_path / "chromium"
    assert browser_verdict(chromium, {"NEWSDESK_REQUIRE_ALL": "1"}) == Verdict(
        "fail",
        f"Chromium not found at {chromium} and NEWSDESK_REQUIRE_ALL=1: the browser tests "
        "cannot be skipped (apt-get install chromium).",
    )
