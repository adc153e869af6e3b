"""Export files appear whole or not at all."""

import os

import pytest

from newsdesk.importers.exporters.output import output_file


def test_the_file_appears_when_complete(tmp_path):
    target = tmp_path / "export.xml"
    with output_file(str(target)) as out:
        out.write("half")
        assert not target.exists()
        out.write(" and half")
    assert (target.read_text(), os.listdir(tmp_path)) == ("half and half", ["export.xml"])


def test_a_failed_export_leaves_nothing_behind_and_an_older_file_intact(tmp_path):
    target = tmp_path / "export.xml"
    target.write_text("yesterday's export")
    with pytest.raises(RuntimeError), output_file(str(target)) as out:
        out.write("partial")
        raise RuntimeError("disk full")
    assert (target.read_text(), os.listdir(tmp_path)) == ("yesterday's export", ["export.xml"])


def test_a_dash_is_standard_output(capsys):
    with output_file("-") as out:
        out.write("to the screen")
    assert capsys.readouterr().out == "to the screen"
