"""Atomic writes, writing only changed files, removals, the manifest and the export lock."""

import json
import stat

import pytest

from newsdesk.publishing.writer import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    TEMP_SUFFIX,
    ExportBusy,
    ExportLock,
    Output,
    digest,
    read_manifest,
    write_atomic,
    write_manifest,
)


def temporary_files(root):
    return list(root.rglob(f"*{TEMP_SUFFIX}"))


def test_write_atomic_creates_folders_and_a_readable_file(tmp_path):
    write_atomic(tmp_path, "news/x/index.html", b"<p>x</p>")
    path = tmp_path / "news" / "x" / "index.html"
    assert path.read_bytes() == b"<p>x</p>"
    assert stat.S_IMODE(path.stat().st_mode) & 0o444 == 0o444
    assert temporary_files(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    write_atomic(tmp_path, "page.html", b"old")
    with pytest.raises(TypeError):
        write_atomic(tmp_path, "page.html", "not bytes")
    assert (tmp_path / "page.html").read_bytes() == b"old"
    assert temporary_files(tmp_path) == []


def test_only_changed_files_are_written(tmp_path):
    output = Output(tmp_path, {}, trusted=True)
    assert output.write_if_changed("a.html", b"one") == (digest(b"one"), True)
    again = Output(tmp_path, {"a.html": digest(b"one")}, trusted=True)
    assert again.write_if_changed("a.html", b"one") == (digest(b"one"), False)
    assert again.write_if_changed("a.html", b"two") == (digest(b"two"), True)
    assert (tmp_path / "a.html").read_bytes() == b"two"


def test_a_trusted_manifest_is_not_enough_when_the_file_is_gone(tmp_path):
    output = Output(tmp_path, {"a.html": digest(b"one")}, trusted=True)
    assert output.write_if_changed("a.html", b"one") == (digest(b"one"), True)


def test_without_a_trusted_manifest_the_files_themselves_are_compared(tmp_path):
    (tmp_path / "a.html").write_bytes(b"one")
    output = Output(tmp_path, {"a.html": "stale digest"}, trusted=False)
    assert output.write_if_changed("a.html", b"one") == (digest(b"one"), False)


def test_comparing_through_a_function(tmp_path):
    def first_line(content: bytes) -> bytes:
        return content.split(b"\n")[0]

    output = Output(tmp_path, {}, trusted=False)
    output.write_if_changed("feed.xml", b"same\ndate 1", first_line)
    assert output.write_if_changed("feed.xml", b"same\ndate 2", first_line) == (
        digest(b"same"),
        False,
    )
    assert (tmp_path / "feed.xml").read_bytes() == b"same\ndate 1"


def test_removing_files_prunes_empty_folders_only(tmp_path):
    for relative in ("news/a/index.html", "news/b/index.html", "news/index.html"):
        write_atomic(tmp_path, relative, b"x")
    output = Output(tmp_path, {}, trusted=True)
    removed = output.remove(["news/a/index.html", "news/missing/index.html"])
    assert removed == ["news/a/index.html"]
    assert not (tmp_path / "news" / "a").exists()
    assert (tmp_path / "news" / "b" / "index.html").exists()
    assert tmp_path.exists()


def test_manifest_round_trip_and_unusable_manifests(tmp_path):
    assert read_manifest(tmp_path) is None
    write_manifest(tmp_path, {"files": {"a.html": ["d", 1]}})
    assert read_manifest(tmp_path) == {"format": MANIFEST_FORMAT, "files": {"a.html": ["d", 1]}}
    (tmp_path / MANIFEST_NAME).write_text("{broken")
    assert read_manifest(tmp_path) is None
    (tmp_path / MANIFEST_NAME).write_text(json.dumps({"format": MANIFEST_FORMAT + 1}))
    assert read_manifest(tmp_path) is None


def test_the_lock_says_whether_the_last_export_was_interrupted(tmp_path):
    with ExportLock(tmp_path) as lock:
        assert lock.interrupted_before is False
    with ExportLock(tmp_path) as lock:
        assert lock.interrupted_before is True  # never said "finished"
        lock.finished()
    with ExportLock(tmp_path) as lock:
        assert lock.interrupted_before is False
        with pytest.raises(ExportBusy), ExportLock(tmp_path):
            pass
